package org.casewatch.pipeline.bench;

import java.util.SplittableRandom;

/** Seed mixing and short hex ids for the generator; pure functions. */
final class Hashing {

  private Hashing() {}

  /** SplitMix64's finaliser: a well-spread 64-bit hash of {@code z}. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** A hash of a seed, a salt naming the purpose, and an index. */
  static long mix(long seed, long salt, long index) {
    return mix(mix(seed ^ mix(salt)) + index);
  }

  /** A random stream for one purpose and index. */
  static SplittableRandom random(long seed, long salt, long index) {
    return new SplittableRandom(mix(seed, salt, index));
  }

  /** 32 hex digits from two hashes of the inputs. */
  static String hex32(long seed, long salt, long index) {
    long a = mix(seed, salt, index);
    long b = mix(a ^ 0x9e3779b97f4a7c15L);
    return hex16(a) + hex16(b);
  }

  /** 16 hex digits of a value. */
  static String hex16(long value) {
    String hex = Long.toHexString(value);
    return "0".repeat(16 - hex.length()) + hex;
  }
}
