package org.casewatch.pipeline.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The case filters {@code casewatch cases} and {@code casewatch trends} share: status,
 * organisation, country and sector, each repeatable. Values are checked by the query service's
 * builders, which name the parameter in their error.
 */
final class CaseFilterOptions {

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      description = "Only cases with this status (repeatable).")
  List<String> statuses = new ArrayList<>();

  @Option(
      names = "--organisation",
      paramLabel = "NAME",
      description = "Only cases involving this organisation (repeatable).")
  List<String> organisations = new ArrayList<>();

  @Option(
      names = "--country",
      paramLabel = "CODE",
      description = "Only cases in this country, ISO 3166 alpha-2 such as GB (repeatable).")
  List<String> countries = new ArrayList<>();

  @Option(
      names = "--sector",
      paramLabel = "SECTOR",
      description = "Only cases in this sector, such as entertainment or academia (repeatable).")
  List<String> sectors = new ArrayList<>();
}
