// What a command writes to and reads its settings from: the process streams, or a test's.

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  /** Standard input, for `-` (default: process.stdin). */
  stdin?: NodeJS.ReadableStream;
}

/** Colour on a stream (stderr by default) only for a terminal, never with NO_COLOR. */
export function useColor(io: Io, stream: NodeJS.WritableStream = io.stderr): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return Boolean((stream as NodeJS.WriteStream).isTTY) && io.env.TERM !== 'dumb';
}
