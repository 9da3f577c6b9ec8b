package org.exovigil.watch.crawl;

/**
 * A crawl that cannot start or cannot write its output: a bad seeds file, an output folder that cannot
 * be written. The message is the one line the command line prints: the file (and line), then what was
 * expected. Problems with single pages never throw; they are counted and logged.
 */
public final class CrawlException extends Exception {

    public CrawlException(String message) {
        super(message, null, false, false);
    }
}
