// bench/audit/reading_bench.mjs — the access audit page an auditor opens, on an audit of a large
// council's busy week: its "People's records opened in the last 7 days" counts each account's
// openings with the same query the server's watch runs every ten minutes. Writes a Markdown table.
// Measured, never asserted in tests.
// Usage: node bench/audit/reading_bench.mjs KIND DATABASE_URL RESULTS_FILE
//   DATABASE_URL: an empty database (migrated here). BENCH_OPENINGS: openings of people's records
//   in the week (default 1,000,000); four times as many other entries share the week, and three
//   times as many openings come in the 90 days before it.
import { writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { frontdoor, sessionCookie, sqlOn, startServer } from '../bench_support.mjs'

const [kind, url, resultsFile] = process.argv.slice(2)
const openings = Number(process.env.BENCH_OPENINGS ?? 1000000)
const sql = sqlOn(url, kind)
frontdoor(['migrate', '--database', url])

// Entries in time order, as the audit is written. In the week, one entry in five opens a person's
// record; those are by 2,000 accounts, heavy-tailed (an account's share falls as the cube of a
// uniform draw), the rest spread evenly. The week ends now, so the page counts all of it.
const weekEntries = openings * 5
const before = openings * 3
const now = new Date()
const weekStart = new Date(now.getTime() - 7 * 86400e3 + 60e3).toISOString()
const earlier = new Date(now.getTime() - 97 * 86400e3).toISOString()
const fill = kind === 'sqlite'
  ? `BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${before})
INSERT INTO access_audit (at, username, role, action, record_ids, client_address, outcome, detail)
SELECT strftime('%Y-%m-%dT%H:%M:%fZ', '${earlier.slice(0, 19)}', '+' || (i * ${90 * 86400 / before}) || ' seconds'),
  'user' || (abs(random()) % 2000), 'practitioner', 'view_person_record', 'person:' || (abs(random()) % 2000000), '10.0.0.1', 'allowed', '' FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${weekEntries})
INSERT INTO access_audit (at, username, role, action, record_ids, client_address, outcome, detail)
SELECT strftime('%Y-%m-%dT%H:%M:%fZ', '${weekStart.slice(0, 19)}', '+' || (i * ${(7 * 86400 - 120) / weekEntries}) || ' seconds'),
  CASE WHEN i % 5 = 0 THEN 'user' || CAST(2000 * ((abs(random()) % 1000000) / 1e6) * ((abs(random()) % 1000000) / 1e6) * ((abs(random()) % 1000000) / 1e6) AS INTEGER)
       ELSE 'user' || (abs(random()) % 2000) END, 'practitioner',
  CASE WHEN i % 5 = 0 THEN 'view_person_record' WHEN i % 2 = 0 THEN 'search_people' ELSE 'view_contact' END,
  CASE WHEN i % 5 = 0 THEN 'person:' || (abs(random()) % 2000000) ELSE 'contact:' || (abs(random()) % 3000000) END,
  '10.0.0.1', 'allowed', '' FROM n;
COMMIT; ANALYZE;`
  : `INSERT INTO access_audit (at, username, role, action, record_ids, client_address, outcome, detail)
SELECT timestamptz '${earlier}' + (i * ${90 * 86400 / before}) * interval '1 second',
  'user' || floor(random() * 2000)::int, 'practitioner', 'view_person_record', 'person:' || floor(random() * 2000000)::int, '10.0.0.1', 'allowed', ''
FROM generate_series(1, ${before}) i;
INSERT INTO access_audit (at, username, role, action, record_ids, client_address, outcome, detail)
SELECT timestamptz '${weekStart}' + (i * ${(7 * 86400 - 120) / weekEntries}) * interval '1 second',
  CASE WHEN i % 5 = 0 THEN 'user' || floor(2000 * random() * random() * random())::int ELSE 'user' || floor(random() * 2000)::int END, 'practitioner',
  CASE WHEN i % 5 = 0 THEN 'view_person_record' WHEN i % 2 = 0 THEN 'search_people' ELSE 'view_contact' END,
  CASE WHEN i % 5 = 0 THEN 'person:' || floor(random() * 2000000)::int ELSE 'contact:' || floor(random() * 3000000)::int END,
  '10.0.0.1', 'allowed', ''
FROM generate_series(1, ${weekEntries}) i;`
sql(fill)
if (kind === 'postgresql') sql('VACUUM ANALYZE access_audit')  // not inside the fill's transaction
// The sequencer places what is waiting in the log; these entries are only for reading.
sql('UPDATE access_audit SET position = sequence - 1 WHERE position IS NULL')
const entries = Number(sql('SELECT count(*) FROM access_audit'))

try { frontdoor(['user', 'add', '--database', url, '--username', 'bench.auditor', '--full-name', 'Bench Auditor', '--job-title', 'Auditor', '--role', 'auditor', '--password-stdin'], 'purple tractor morning\n') } catch {}
const { server, base, settled } = await startServer(url)
await settled
const session = await sessionCookie(base, 'bench.auditor')

/** Milliseconds for each of `times` requests for `path`, one after another; the page must answer 200. */
async function timed (path, times) {
  const took = []
  for (let n = 0; n < times; n++) {
    const started = process.hrtime.bigint()
    const answer = await fetch(`${base}${path}`, { headers: { Cookie: session } })
    const page = await answer.text()
    took.push(Number(process.hrtime.bigint() - started) / 1e6)
    if (answer.status !== 200) throw new Error(`${path} answered ${answer.status}`)
    if (path === '/audit/access' && !page.includes('govuk-tag--red">Stands out')) throw new Error('no account stands out: the week was not counted')
  }
  return took.sort((a, b) => a - b)
}
const page = await timed('/audit/access', 10)
const oneRecord = await timed('/audit/access?record=person:1', 10)
server.kill('SIGTERM')

const median = (took) => took[Math.floor(took.length / 2)].toFixed(0)
const machine = `${cpus().length} × ${cpus()[0].model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`
writeFileSync(resultsFile, [
  `# The access audit page and the watch on people's records opened — ${kind}`, '',
  `Machine: ${machine}; database, server and client share it. Produced by \`node bench/audit/reading_bench.mjs ${kind} …\` (\`scripts/bench.sh\`) on ${now.toISOString().slice(0, 10)}. An access audit of ${entries.toLocaleString('en-GB')} entries in time order: in the last 7 days ${openings.toLocaleString('en-GB')} openings of people's records by 2,000 accounts (heavy-tailed) among ${(weekEntries - openings).toLocaleString('en-GB')} searches and contacts opened, and ${before.toLocaleString('en-GB')} openings in the 90 days before. Ten requests one after another, after one server start.`, '',
  '| Measure | Median | Slowest |', '| --- | --- | --- |',
  `| \`GET /audit/access\`: the latest 100 entries and "People's records opened in the last 7 days" (the watch's query) | ${median(page)} ms | ${page.at(-1).toFixed(0)} ms |`,
  `| \`GET /audit/access?record=person:1\`: who saw one record (no counting) | ${median(oneRecord)} ms | ${oneRecord.at(-1).toFixed(0)} ms |`,
  ''
].join('\n'))
console.log(`${kind}: page ${median(page)} ms (slowest ${page.at(-1).toFixed(0)}), one record ${median(oneRecord)} ms`)
