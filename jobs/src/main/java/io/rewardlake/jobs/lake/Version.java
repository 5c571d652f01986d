package io.rewardlake.jobs.lake;

/** RewardLake's version, from the jar manifest (or "dev" when running from classes). */
public final class Version {
  private Version() {}

  public static String current() {
    String version = Version.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
