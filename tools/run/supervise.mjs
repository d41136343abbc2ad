#!/usr/bin/env node
// Keeps one process running (issue 9): `npm start` runs every service and the gateway under it.
//
//   node tools/run/supervise.mjs <name> -- <command> [args…]
//
// When the child exits on its own (crash, kill -9, exit code ≠ 0 or even 0), it is started again
// after a backoff that doubles from 1 s to 30 s and resets once a child stayed up for 60 s; every
// exit and restart is logged (one JSON line, like the services' pino logs) to stdout, i.e. the
// service's log file. SIGTERM/SIGINT to the supervisor are passed to the child, which then stops
// for good; the supervisor exits when the child has.
import { spawn } from 'node:child_process';

const [name, sep, command, ...args] = process.argv.slice(2);
if (!name || sep !== '--' || !command) {
  console.error('usage: supervise.mjs <name> -- <command> [args…]');
  process.exit(2);
}
const INITIAL_MS = Number(process.env.SUPERVISE_INITIAL_BACKOFF_MS ?? 1000);
const MAX_MS = Number(process.env.SUPERVISE_MAX_BACKOFF_MS ?? 30000);
const STABLE_MS = 60000;

let child = null;
let stopping = false;
let restarts = 0;
let delay = INITIAL_MS;

const log = (level, msg, fields = {}) =>
  console.log(JSON.stringify({ level, time: Date.now(), component: 'supervisor', service: name, msg, ...fields }));

function run() {
  const startedAt = Date.now();
  child = spawn(command, args, { stdio: 'inherit', env: process.env });
  log(30, restarts === 0 ? 'started' : 'restarted', { pid: child.pid, restarts });
  child.on('exit', (code, signal) => {
    child = null;
    if (stopping) process.exit(code ?? 0);
    const upMs = Date.now() - startedAt;
    if (upMs >= STABLE_MS) delay = INITIAL_MS;
    restarts += 1;
    log(50, 'process exited; restarting', { code, signal, upMs, restartInMs: delay, restarts });
    setTimeout(run, delay);
    delay = Math.min(MAX_MS, delay * 2);
  });
}

for (const sig of ['SIGTERM', 'SIGINT']) {
  process.on(sig, () => {
    stopping = true;
    if (child) child.kill(sig);
    else process.exit(0);
  });
}
run();
