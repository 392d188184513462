#!/usr/bin/env node
import { processIo } from './io.ts';
import { main } from './main.ts';

// A reader that stops early (`| head`) closes the pipe: that ends the output, and is no error.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });

process.exitCode = await main(process.argv.slice(2), processIo());
