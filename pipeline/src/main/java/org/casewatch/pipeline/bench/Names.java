package org.casewatch.pipeline.bench;

import java.util.List;
import java.util.Locale;

/**
 * The invented names the generator draws from: people, organisations, publishers and places. All
 * fictional; combined deterministically so that a case's accused has a unique name.
 */
final class Names {

  static final List<String> FIRST =
      List.of(
          "Adrian",
          "Beatrice",
          "Carlos",
          "Dana",
          "Elias",
          "Fiona",
          "Gideon",
          "Hana",
          "Ivan",
          "Julia",
          "Kofi",
          "Leona",
          "Marek",
          "Nadia",
          "Oskar",
          "Priya",
          "Quentin",
          "Rosa",
          "Stefan",
          "Tamsin",
          "Umar",
          "Vera",
          "Wendell",
          "Xenia",
          "Yusuf",
          "Zora",
          "Anton",
          "Bianca",
          "Cyril",
          "Delia",
          "Emil",
          "Flora",
          "Gustav",
          "Helga",
          "Igor",
          "Jana",
          "Karl",
          "Lena",
          "Milo",
          "Nora",
          "Otto",
          "Paula",
          "Rafael",
          "Sina",
          "Tobias",
          "Ulla",
          "Viktor",
          "Wilma",
          "Yannick",
          "Zelda",
          "Arlo",
          "Brigid",
          "Cosmo",
          "Dagny",
          "Ezra",
          "Freya",
          "Gale",
          "Hugo",
          "Ines",
          "Jonas");

  static final List<String> LAST =
      List.of(
          "Abernethy",
          "Bellweather",
          "Castellan",
          "Drummond",
          "Eskelin",
          "Farrow",
          "Galbraith",
          "Holloway",
          "Iverson",
          "Jessop",
          "Kettering",
          "Lindqvist",
          "Marchetti",
          "Northcott",
          "Okonkwo",
          "Pembroke",
          "Quarrie",
          "Rutherford",
          "Stanhope",
          "Thornbury",
          "Underwood",
          "Vellacott",
          "Whitlock",
          "Yardley",
          "Zabini",
          "Ashdown",
          "Blackwood",
          "Crowther",
          "Dunmore",
          "Ellwood",
          "Fairbanks",
          "Greaves",
          "Hargreave",
          "Ingram",
          "Jardine",
          "Kilbride",
          "Lockhart",
          "Merriweather",
          "Nightingale",
          "Oakhurst",
          "Pettigrew",
          "Radcliffe",
          "Sheringham",
          "Tolliver",
          "Upton",
          "Vantongeren",
          "Wexford",
          "Astley",
          "Brannigan",
          "Coverdale",
          "Delacroix",
          "Eastwick",
          "Fenwick",
          "Gillingham",
          "Hawthorne",
          "Ironside",
          "Jennings",
          "Kingsley",
          "Lovell",
          "Mansfield",
          "Norwood",
          "Ormsby",
          "Prendergast",
          "Quill",
          "Rowntree",
          "Salter",
          "Treadwell",
          "Umber",
          "Varga",
          "Winslow",
          "Ackroyd",
          "Bramwell",
          "Calloway",
          "Dewhurst",
          "Everhart",
          "Fitzroy",
          "Grimshaw",
          "Hollis",
          "Inchbald",
          "Jolliffe",
          "Keswick",
          "Langtry",
          "Moberly",
          "Netherby",
          "Ollerton",
          "Penhaligon",
          "Quimby",
          "Redfern",
          "Stallworth",
          "Tremayne");

  static final List<String> ORG_STEMS =
      List.of(
          "Corvane",
          "Halberd",
          "Lumen",
          "Northgate",
          "Orrery",
          "Pinewood",
          "Quayside",
          "Redmarsh",
          "Silverline",
          "Tidewater",
          "Ultima",
          "Vantage",
          "Westbrook",
          "Yarrow",
          "Zenith",
          "Amberly",
          "Brightwater",
          "Cobalt",
          "Driftwood",
          "Emberly",
          "Foxglove",
          "Granite",
          "Harbour",
          "Ironbridge",
          "Juniper",
          "Kestrel",
          "Larkspur",
          "Meridian",
          "Nimbus",
          "Obsidian",
          "Paragon",
          "Riverside",
          "Starling",
          "Thistle",
          "Umbra",
          "Verdant",
          "Willow",
          "Alder",
          "Bracken",
          "Crestline");

  static final List<String> ORG_SUFFIXES =
      List.of(
          "Media",
          "Studios",
          "University",
          "Holdings",
          "Records",
          "Shipping Group",
          "Theatre",
          "Bank",
          "Football Club",
          "Hospital",
          "Church",
          "Academy",
          "Broadcasting",
          "Films",
          "Orchestra",
          "Software",
          "Army Barracks",
          "Magazine",
          "Law Firm",
          "Restaurants");

  static final List<String> CITIES =
      List.of(
          "leeds",
          "bristol",
          "hamburg",
          "lyon",
          "turin",
          "porto",
          "ghent",
          "malmo",
          "bergen",
          "tampere",
          "krakow",
          "brno",
          "graz",
          "basel",
          "cork",
          "dundee",
          "austin",
          "boise",
          "tucson",
          "omaha",
          "fresno",
          "halifax",
          "regina",
          "perth",
          "hobart",
          "dunedin",
          "durban",
          "accra",
          "nairobi",
          "pune",
          "cebu",
          "osaka",
          "busan",
          "taipei",
          "recife",
          "rosario",
          "cusco",
          "leon",
          "quebec",
          "lille",
          "seville",
          "bilbao",
          "split",
          "plovdiv",
          "tartu",
          "riga",
          "vilnius",
          "aarhus",
          "uppsala",
          "salzburg");

  static final List<String> MASTHEADS =
      List.of(
          "herald",
          "courier",
          "times",
          "post",
          "chronicle",
          "gazette",
          "tribune",
          "observer",
          "daily",
          "news",
          "record",
          "journal",
          "star",
          "mirror",
          "examiner",
          "sentinel",
          "dispatch",
          "ledger",
          "bulletin",
          "report");

  static final List<String> TLDS = List.of(".com", ".co.uk", ".de", ".fr", ".org", ".net", ".au");

  static final List<String> MASTODON =
      List.of("mastodon.social", "mstdn.social", "mas.to", "fosstodon.org", "journa.host");

  /** ISO 3166 codes, most reported first. */
  static final List<String> COUNTRIES =
      List.of(
          "US", "GB", "IN", "FR", "AU", "CA", "DE", "KR", "JP", "CN", "SE", "IT", "ES", "BR", "MX",
          "ZA", "NG", "KE", "IE", "NZ", "PL", "NL", "DK", "NO", "FI");

  static final List<String> SECTORS =
      List.of(
          "entertainment",
          "media",
          "politics",
          "sports",
          "education",
          "religion",
          "technology",
          "finance",
          "military",
          "healthcare",
          "music",
          "law");

  static final List<String> SETTINGS =
      List.of(
          "at a film set",
          "in the office",
          "at a hotel",
          "at a party",
          "during a tour",
          "on a business trip",
          "at the university",
          "in a dressing room",
          "at a conference",
          "in a car",
          "at a training camp",
          "in the newsroom");

  private Names() {}

  /** A unique person name for index {@code n}: first, optional middle initial, last. */
  static String person(int n) {
    int f = FIRST.size();
    int l = LAST.size();
    String first = FIRST.get(n % f);
    String last = LAST.get((n / f) % l);
    int round = n / (f * l);
    if (round == 0) {
      return first + " " + last;
    }
    return first + " " + (char) ('A' + (round - 1) % 26) + ". " + last;
  }

  /** An organisation name for index {@code n}, one of {@code stems * suffixes}. */
  static String organisation(int n) {
    int s = ORG_STEMS.size();
    return ORG_STEMS.get(n % s) + " " + ORG_SUFFIXES.get((n / s) % ORG_SUFFIXES.size());
  }

  /** The number of distinct organisation names. */
  static int organisationCount() {
    return ORG_STEMS.size() * ORG_SUFFIXES.size();
  }

  /** The registrable domain of web publisher {@code n}, one of {@code cities * mastheads}. */
  static String webPublisher(int n) {
    String city = CITIES.get(n % CITIES.size());
    String masthead = MASTHEADS.get((n / CITIES.size()) % MASTHEADS.size());
    return city + masthead + TLDS.get((n * 31 + 7) % TLDS.size());
  }

  /** The number of distinct web publishers. */
  static int webPublisherCount() {
    return CITIES.size() * MASTHEADS.size();
  }

  /** The human name of web publisher {@code n}, as a feed would give it. */
  static String webSource(int n) {
    String city = CITIES.get(n % CITIES.size());
    String masthead = MASTHEADS.get((n / CITIES.size()) % MASTHEADS.size());
    return "The " + capitalize(city) + " " + capitalize(masthead);
  }

  static String capitalize(String word) {
    return word.isEmpty()
        ? word
        : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
