package org.exovigil.watch.crawl;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The seeds file of {@code ./exovigil crawl --seeds FILE}: one absolute http(s) address per line, in
 * UTF-8; blank lines and lines starting with {@code #} are skipped.
 */
public final class Seeds {

    private Seeds() {}

    /**
     * The seed addresses in {@code file}, in normal form, without duplicates, in file order.
     *
     * @throws CrawlException naming the file and line of the first address that is not an absolute
     *     http(s) address, or the file when it cannot be read or holds no address
     */
    public static List<URI> read(Path file) throws CrawlException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CrawlException(file + ": cannot read the file (no such file)");
        } catch (AccessDeniedException e) {
            throw new CrawlException(file + ": cannot read the file (permission denied)");
        } catch (MalformedInputException e) {
            throw new CrawlException(file + ": not valid UTF-8; expected one http(s) address per line");
        } catch (IOException e) {
            throw new CrawlException(
                    file + ": cannot read the file (" + e.getClass().getSimpleName() + ")");
        }
        var seeds = new LinkedHashSet<URI>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "").strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Optional<Address> seed = Address.of(line);
            if (seed.isEmpty()) {
                throw new CrawlException(file + ":" + (i + 1)
                        + ": expected an absolute http(s) address such as https://clinic.example/, got \"" + line
                        + "\"");
            }
            seeds.add(seed.get().uri());
        }
        if (seeds.isEmpty()) {
            throw new CrawlException(file + ": no seed addresses; expected one http(s) address per line");
        }
        return List.copyOf(new ArrayList<>(seeds));
    }
}
