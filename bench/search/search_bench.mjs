// bench/search/search_bench.mjs — "is this child known?" against the labelled searches: for each
// class, how often the child meant is in the first five, and how long one search takes; then the
// mixed searches' latency at one and at sixteen connections. Writes a Markdown table.
// Usage: node bench/search/search_bench.mjs DATABASE_URL KIND RESULTS_FILE [LABELLED_FILE]
// The database must be made by the `frontdoor generate` command named at the top of the labelled
// file; the script stops if any labelled child is not the person it names.
import { once } from 'node:events'
import { readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem, tmpdir } from 'node:os'
import { join } from 'node:path'
import { env, fetchAfterWrk, practitionerToken, seconds, sqlOn, startServer, wrk } from '../bench_support.mjs'

const [url, kind, resultsFile, labelledFile = new URL('labelled-searches.tsv', import.meta.url).pathname] = process.argv.slice(2)
const sql = sqlOn(url, kind)
const lines = readFileSync(labelledFile, 'utf8').split('\n').filter((line) => line && !line.startsWith('#'))
const columns = lines.shift().split('\t')
const searches = lines.map((line) => Object.fromEntries(line.split('\t').map((value, index) => [columns[index], value])))

// The database must hold the people the labels name.
const ids = searches.map((search) => Number(search.person_id))
const held = new Map(sql(`SELECT id, given_name, family_name, date_of_birth FROM people WHERE id IN (${ids.join(',')})`)
  .split('\n').map((line) => { const [id, ...rest] = line.split('|'); return [Number(id), rest.join('|')] }))
const wrong = searches.filter((search) => held.get(Number(search.person_id)) !== search.truth)
if (wrong.length) {
  console.error(`${wrong.length} labelled children are not in this database as labelled (first: ${JSON.stringify(wrong[0])}). Make it with the command at the top of ${labelledFile}.`)
  process.exit(1)
}

const token = practitionerToken(url)
const { server, base, settled } = await startServer(url)
await settled
const headers = { Authorization: `Bearer ${token}` }
const pathOf = (search) => '/api/v1/people?' + new URLSearchParams(
  Object.entries({ name: search.name, date_of_birth: search.date_of_birth, postcode: search.postcode, identifier: search.identifier })
    .filter(([, value]) => value)).toString()

// Recall and one-at-a-time latency (measured by this client, one connection, after a warm-up pass).
for (const search of searches) await (await fetchAfterWrk(`${base}${pathOf(search)}`, { headers })).text()
const classes = new Map()
const misses = []
for (const search of searches) {
  const started = process.hrtime.bigint()
  const response = await fetchAfterWrk(`${base}${pathOf(search)}`, { headers })
  const body = await response.json()
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  const rank = (body.matches ?? []).findIndex((match) => String(match.person?.id) === search.person_id)
  const entry = classes.get(search.class) ?? { searches: 0, found: 0, times: [] }
  entry.searches++
  entry.times.push(ms)
  if (rank >= 0 && rank < 5) entry.found++
  else misses.push(`${search.class}: ${search.truth} typed as ${pathOf(search)} → ${rank < 0 ? 'not listed' : `rank ${rank + 1}`} of ${(body.matches ?? []).length}`)
  classes.set(search.class, entry)
}
// The client's own delay: the lightest request that reads the database, /health, timed the same
// way; wrk times it too below. The client-timed column carries this delay; wrk's figures do not.
const healthTimes = []
for (let round = 0; round < 1000; round++) {
  const started = process.hrtime.bigint()
  await (await fetchAfterWrk(`${base}/health`)).text()
  healthTimes.push(Number(process.hrtime.bigint() - started) / 1e6)
}
const percentile = (times, share) => { const sorted = [...times].sort((a, b) => a - b); return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] }

const pathsFile = join(tmpdir(), `frontdoor-labelled-${process.pid}.txt`)
writeFileSync(pathsFile, searches.map(pathOf).join('\n') + '\n')
env.SEARCH_PATHS = pathsFile
const script = new URL('../http/search.lua', import.meta.url).pathname
const alone = wrk(['-t1', '-c1', '-s', script, '-H', `Authorization: Bearer ${token}`, base])
const sixteen = wrk(['-c16', '-s', script, '-H', `Authorization: Bearer ${token}`, base])
const health = wrk(['-t1', '-c1', `${base}/health`])
server.kill('SIGTERM')
await once(server, 'exit') // it closes the database last: read it after

const people = Number(sql('SELECT count(*) FROM people'))
const machine = `${cpus().length} × ${cpus()[0].model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`
// Whether PostgreSQL's shared memory is on huge pages (scripts/bench.sh reserves them when it can).
const hugePages = kind === 'postgresql' ? ` PostgreSQL's huge_pages: ${sql('SHOW huge_pages')}.` : ''
const all = [...classes.values()].flatMap((entry) => entry.times)
writeFileSync(resultsFile, [
  `# "Is this child known?" — labelled searches, ${kind}`, '',
  `Machine: ${machine}. Database: ${kind}, ${people.toLocaleString('en-GB')} people.${hugePages} Searches: \`${labelledFile.replace(/.*\/bench\//, 'bench/')}\` (${searches.length}). Produced by \`scripts/bench.sh\` (bench/search/search_bench.mjs) on ${new Date().toISOString().slice(0, 10)}.`, '',
  '| Class | In the first five | One search: p50, p99 (ms, client-timed) |', '| --- | --- | --- |',
  ...[...classes].map(([name, entry]) => `| ${name.replaceAll('_', ' ')} | ${entry.found} of ${entry.searches} | ${percentile(entry.times, 0.5).toFixed(1)}, ${percentile(entry.times, 0.99).toFixed(1)} |`),
  `| **all** | ${[...classes.values()].reduce((sum, entry) => sum + entry.found, 0)} of ${searches.length} | ${percentile(all, 0.5).toFixed(1)}, ${percentile(all, 0.99).toFixed(1)} |`, '',
  'Target: every class at least 99 of 100; one search at a time p99 ≤ 10 ms.', '',
  '| All the searches in turn (wrk, 2 threads, ' + seconds + ' s) | Figure |', '| --- | --- |',
  `| One connection | p50 ${alone.p50} ms, p99 ${alone.p99} ms, ${alone.rps.toFixed(0)} searches/s |`,
  `| Sixteen connections | p50 ${sixteen.p50} ms, p99 ${sixteen.p99} ms, ${sixteen.rps.toFixed(0)} searches/s (non-2xx: ${sixteen.non2xx}) |`, '',
  `The client's own delay: \`/health\` (no search) timed by the same client gave p50 ${percentile(healthTimes, 0.5).toFixed(2)} ms, p99 ${percentile(healthTimes, 0.99).toFixed(2)} ms over 1,000 requests, and by wrk at one connection p50 ${health.p50.toFixed(2)} ms, p99 ${health.p99.toFixed(2)} ms. The client-timed column carries that delay; the target is read from wrk's.`, '',
  misses.length ? `Misses (${misses.length}):\n\n${misses.map((miss) => `- ${miss}`).join('\n')}\n` : 'No misses.\n'
].join('\n'))
console.log(readFileSync(resultsFile, 'utf8'))
