// What a command writes to and reads its settings from: the process streams, or a test's.
import { fstatSync } from 'node:fs';

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  /** Standard input, for `-` (default: process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** Whether the process's own standard input carries input no path asked for (stdinHasInput); set by main for the real process only. */
  stdinHasInput?: boolean;
}

/** Colour on a stream (stderr by default) only for a terminal, never with NO_COLOR. */
export function useColor(io: Io, stream: NodeJS.WritableStream = io.stderr): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return Boolean((stream as NodeJS.WriteStream).isTTY) && io.env.TERM !== 'dumb';
}

/**
 * Whether this process's standard input is a shell pipe (`cat a.txt | ...`) or a redirected
 * non-empty file (`... < a.txt`): input someone meant to give. A terminal, /dev/null, an empty file
 * or a socket (what a parent process's spawn gives by default) is not.
 */
export function stdinHasInput(fd = 0): boolean {
  try {
    const info = fstatSync(fd);
    return info.isFIFO() || (info.isFile() && info.size > 0);
  } catch {
    return false; // closed
  }
}
