// Standard input read as a stream: readFileSync(0) throws EAGAIN on a non-blocking pipe
// (`extract … | csto-extract dedupe -`), and a slow producer must be waited for.

export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
