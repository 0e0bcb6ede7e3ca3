// bench/http/idle_connections_bench.mjs — issue 16's finding 1 replayed: 25,000 connections opened
// without a request (from 25 loopback addresses, by two helper processes, as the open-file limit
// allows one process 20,000), held while /health is asked ten times. Reports how long /health took,
// how many connections the server kept, and whether it ever ran out of file handles. Measured,
// never asserted in tests.
// Usage: node bench/http/idle_connections_bench.mjs DATABASE_URL RESULTS_FILE [EXTRA SERVE ARGS...]
import { spawn } from 'node:child_process'
import { readdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { binary, env } from '../bench_support.mjs'

const [url, resultsFile, ...serveArgs] = process.argv.slice(2)
const total = Number(process.env.BENCH_IDLE_CONNECTIONS ?? 25000)

if (process.env.IDLE_HELPER) {
  // A helper: opens its share of connections from the addresses it is given, reports, then holds.
  const [port, count, first] = process.env.IDLE_HELPER.split(',').map(Number)
  const net = await import('node:net')
  let open = 0
  let closed = 0
  let failed = 0
  const sockets = []
  for (let index = 0; index < count; index++) {
    const localAddress = `127.0.0.${2 + ((first + index) % 25)}`
    await new Promise((resolve) => {
      const socket = net.connect({ port, host: '127.0.0.1', localAddress }, () => { open++; resolve() })
      socket.on('error', () => { failed++; resolve() })
      socket.on('close', () => { closed++ })
      sockets.push(socket)
    })
  }
  process.send({ open, failed })
  process.on('message', () => process.send({ open, closed, failed }))
  await new Promise(() => {})
}

const port = 18700 + (process.pid % 200)
const server = spawn(binary, ['serve', '--database', url, '--listen', `127.0.0.1:${port}`, ...serveArgs], { env, stdio: ['ignore', 'pipe', 'pipe'] })
let log = ''
server.stdout.on('data', (chunk) => { log += chunk })
server.stderr.on('data', (chunk) => { log += chunk })
while ((await fetch(`http://127.0.0.1:${port}/health`).catch(() => ({ status: 0 }))).status !== 200);

async function health () {
  const started = process.hrtime.bigint()
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), 10000)
  const status = await fetch(`http://127.0.0.1:${port}/health`, { signal: controller.signal, headers: { Connection: 'close' } })
    .then((response) => response.status).catch(() => 'timed out')
  clearTimeout(timer)
  return { status, ms: Number(process.hrtime.bigint() - started) / 1e6 }
}

const helpers = [0, 1].map((half) => spawn(process.execPath, [new URL(import.meta.url).pathname],
  { env: { ...process.env, IDLE_HELPER: `${port},${total / 2},${half * (total / 2)}` }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] }))
const opened = await Promise.all(helpers.map((helper) => new Promise((resolve) => helper.once('message', resolve))))
const serverFiles = readdirSync(`/proc/${server.pid}/fd`).length
const checks = []
for (let check = 0; check < 10; check++) checks.push(await health())
const held = await Promise.all(helpers.map((helper) => new Promise((resolve) => { helper.once('message', resolve); helper.send('count') })))
for (const helper of helpers) helper.kill()
server.kill('SIGTERM')
await new Promise((resolve) => server.on('exit', resolve))

const answered = checks.filter((check) => check.status === 200)
const times = checks.map((check) => check.ms).sort((a, b) => a - b)
const sum = (key, list) => list.reduce((total, item) => total + item[key], 0)
writeFileSync(resultsFile, [
  '# Idle connections and /health', '',
  `Machine: ${cpus().length} × ${cpus()[0].model}. \`node bench/http/idle_connections_bench.mjs\` on ${new Date().toISOString().slice(0, 10)}, serve ${serveArgs.join(' ') || 'with its default limits (10,000 connections, 1,000 from one address)'}.`, '',
  '| Measure | Figure |', '| --- | --- |',
  `| Connections opened without a request (25 loopback addresses, two processes) | ${sum('open', opened)} of ${total} (${sum('failed', opened)} failed) |`,
  `| Of them closed by the server to make room, by the time /health was asked | ${sum('closed', held)} |`,
  `| Files the server held open with them | ${serverFiles} |`,
  `| /health answered, of 10 asked while they were held | ${answered.length} (statuses: ${[...new Set(checks.map((check) => check.status))].join(', ')}) |`,
  `| /health time: median, slowest | ${times[4].toFixed(1)} ms, ${times[9].toFixed(1)} ms |`,
  `| The server out of file handles (\`accept_failed\` in its log) | ${(log.match(/event=accept_failed/g) ?? []).length} times |`,
  ''
].join('\n'))
console.log([...opened, ...held], checks)
