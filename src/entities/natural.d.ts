// Types for the one natural submodule the entity engine imports. Never import 'natural'
// itself: its index loads dotenv, which prints to stdout.
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  function JaroWinklerDistance(s1: string, s2: string, options?: { dj?: number; ignoreCase?: boolean }): number;
  export default JaroWinklerDistance;
}
