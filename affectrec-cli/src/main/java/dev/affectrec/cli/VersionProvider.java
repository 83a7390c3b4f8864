package dev.affectrec.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version from the jar manifest ("development" when run from classes). */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = AffectRecCli.class.getPackage().getImplementationVersion();
    return new String[] {"affectrec " + (version == null ? "development" : version)};
  }
}
