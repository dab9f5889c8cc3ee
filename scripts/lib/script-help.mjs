import { readFileSync } from 'node:fs';

/**
 * A script's usage is its header comment (every `//` line after the shebang): printed for
 * `--help`, so that the text a reader sees in the file and the one `--help` prints are one.
 */
export function headerHelp(scriptUrl) {
  const header = readFileSync(new URL(scriptUrl), 'utf8').split('\n');
  const end = header.findIndex((line, i) => i > 0 && !line.startsWith('//'));
  return header
    .slice(1, end)
    .map((line) => line.replace(/^\/\/ ?/, ''))
    .join('\n');
}

/** Prints the script's header and exits with `code`. */
export function exitWithHelp(scriptUrl, code = 0) {
  console.log(headerHelp(scriptUrl));
  process.exit(code);
}
