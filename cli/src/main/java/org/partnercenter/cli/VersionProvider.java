package org.partnercenter.cli;

import picocli.CommandLine.IVersionProvider;

/** The version the jar's manifest carries (the Maven project's); "development" when run from classes. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = PartnerCenter.class.getPackage().getImplementationVersion();
        return new String[] {"partnercenter " + (version == null ? "development" : version)};
    }
}
