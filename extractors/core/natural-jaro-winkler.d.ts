/**
 * Types for the one file of `natural` the extractors use. Importing `natural`'s index would
 * load every module (and read `.env` through dotenv), which the pure extractors must not do.
 */
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  export default function JaroWinklerDistance(s1: string, s2: string, options?: { ignoreCase?: boolean }): number;
}
