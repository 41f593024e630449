#!/usr/bin/env node
// Command-line entry point: wires the command to the real process.

import { setFlagsFromString } from 'node:v8';
import { main, NAME, EXIT_FAILURE, type Io } from './cli/main';

// Compile each rule pattern once, straight to machine code (see server.ts): a one-file check
// starts about twice as fast.
setFlagsFromString('--no-regexp-tier-up');

// Piping into `head` closes stdout early: stop quietly. Other write failures get one line.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`${NAME}: cannot write the output: ${error.message}\n`);
  process.exit(EXIT_FAILURE);
});

const io: Io = {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  async readStdin() {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
  out: (text) => {
    if (text) process.stdout.write(text);
  },
  err: (text) => process.stderr.write(text),
};

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${NAME}: unexpected problem: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT_FAILURE;
  },
);
