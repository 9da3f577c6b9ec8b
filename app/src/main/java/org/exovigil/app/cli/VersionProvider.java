package org.exovigil.app.cli;

import picocli.CommandLine;

/** The version of the build, as Maven wrote it into the jar's manifest. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"Exovigil " + (version == null ? "(development build)" : version)};
    }
}
