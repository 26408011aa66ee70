// Command-line options for the server's and the browser host's entry points: `--help` prints the
// usage, and an option that is not known (or lacks its value) is one line and the usage, not a stack.
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

export function parseCli<T extends ParseArgsOptionsConfig>(usage: string, options: T) {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs({ args, options }).values;
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}\n\n${usage}`);
    process.exit(2);
  }
}
