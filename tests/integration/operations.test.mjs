// tests/integration/operations.test.mjs — what operators see: /metrics in Prometheus' text format
// (read by a parser of that format) only from the addresses allowed, a request id in the answer
// and the log line, liveness apart from readiness, and the watch on people's records opened.
import { test, after, before } from 'node:test'
import assert from 'node:assert/strict'
import parsePrometheusTextFormat from 'parse-prometheus-text-format'
import { addUser, apiClient, bearerFor, databaseWithAccounts, startServer, until } from '../support/harness.mjs'

let database
let server

before(async () => {
  database = databaseWithAccounts()
  server = await startServer(database, [], { migrate: false })
})
after(async () => {
  await server.stop()
  database.drop()
})

test('/metrics is Prometheus text a parser reads: requests by route and status, durations, the audit sequencer', async () => {
  for (let i = 0; i < 3; i++) await fetch(`${server.url}/health/live`)
  await fetch(`${server.url}/api/v1/me`, { headers: { Authorization: database.practitioner } })
  assert.equal((await fetch(`${server.url}/api/v1/me`)).status, 401)
  // A sequencer round has placed both audit entries in the log.
  const logEntries = async () => Number(/^frontdoor_audit_log_entries (\d+)$/m.exec(await (await fetch(`${server.url}/metrics`)).text())?.[1] ?? 0)
  await until(async () => await logEntries() >= 2, 'the audit sequencer')
  const response = await fetch(`${server.url}/metrics`)
  assert.equal(response.status, 200)
  assert.match(response.headers.get('content-type'), /^text\/plain; version=0\.0\.4/)
  const text = await response.text()
  const families = Object.fromEntries(parsePrometheusTextFormat(text).map((family) => [family.name, family]))
  const requests = families.frontdoor_http_requests_total
  assert.equal(requests.type, 'COUNTER')
  const count = (route, status) => Number(requests.metrics.find((metric) =>
    metric.labels.route === route && metric.labels.status === status)?.value ?? 0)
  assert.equal(count('/health/live', '200'), 3)
  assert.equal(count('/api/v1/me', '200'), 1)
  assert.equal(count('/api/v1/me', '401'), 1)
  // This parser keeps a histogram's buckets but not its labels: the route's own lines are read
  // from the text.
  const durations = families.frontdoor_http_request_duration_seconds
  assert.equal(durations.type, 'HISTOGRAM')
  assert.ok('+Inf' in durations.metrics[0].buckets)
  assert.match(text, /^frontdoor_http_request_duration_seconds_count\{route="\/health\/live"\} 3$/m)
  assert.match(text, /^frontdoor_http_request_duration_seconds_bucket\{route="\/health\/live",le="\+Inf"\} 3$/m)
  assert.equal(families.frontdoor_http_requests_turned_away_total.type, 'COUNTER')
  assert.ok(Number(families.frontdoor_audit_log_entries.metrics[0].value) >= 2)
  const connections = Object.fromEntries(families.frontdoor_db_connections.metrics.map((metric) => [metric.labels.state, Number(metric.value)]))
  assert.ok(connections.capacity >= 1 && connections.open <= connections.capacity && connections.idle <= connections.open, JSON.stringify(connections))
  assert.equal(families.frontdoor_db_connection_waiters.type, 'GAUGE')
  const transactions = Number(families.frontdoor_db_write_transactions_total.metrics[0].value)
  const commits = Number(families.frontdoor_db_write_commits_total.metrics[0].value)
  assert.ok(transactions >= 2 && commits >= 1 && commits <= transactions, `${transactions} transactions in ${commits} commits`)
  const lag = Number(families.frontdoor_audit_sequenced_seconds_ago.metrics[0].value)
  assert.ok(lag >= 0 && lag < 5, `sequencer lag ${lag}`)
  assert.equal(families.frontdoor_accounts_opening_records_unusually.type, 'GAUGE')
  assert.equal(families.frontdoor_accounts_opening_records_unusually.metrics[0].value, '0')
})

test('an account opening far more people\'s records than the others is counted on /metrics and warned of in the log, naming no one', async () => {
  addUser(database, 'test.second', 'practitioner')
  addUser(database, 'test.third', 'practitioner')
  const api = apiClient(server, { ...database, second: bearerFor(database, 'test.second'), third: bearerFor(database, 'test.third') })
  const ids = []
  for (let n = 0; n < 30; n++) {
    const added = await api('practitioner', 'POST', '/api/v1/people', { given_name: `Kit${String.fromCharCode(97 + n % 26, 97 + Math.floor(n / 26))}`, family_name: 'Lane', date_of_birth: '2018-05-06' })
    assert.equal(added.status, 201)
    ids.push(added.body.id)
  }
  for (const id of ids) assert.equal((await api('practitioner', 'GET', `/api/v1/people/${id}`)).status, 200)
  assert.equal((await api('second', 'GET', `/api/v1/people/${ids[0]}`)).status, 200)
  assert.equal((await api('third', 'GET', `/api/v1/people/${ids[1]}`)).status, 200)
  // The watch counts when a server starts and every ten minutes after.
  const watching = await startServer(database, [], { migrate: false })
  try {
    const warned = () => watching.output().split('\n').find((line) => line.includes('event=record_opening_stands_out'))
    await until(warned, 'the watch\'s first round')
    assert.match(warned(), /level=warning event=record_opening_stands_out accounts=1 newly=1 days=7 /)
    assert.doesNotMatch(warned(), /test\./)
    const text = await (await fetch(`${watching.url}/metrics`)).text()
    assert.match(text, /^frontdoor_accounts_opening_records_unusually 1$/m)
  } finally { await watching.stop() }
})

test('/metrics is not there for an address not allowed', async () => {
  const closed = await startServer(database, ['--metrics-from', '10.9.8.7'], { migrate: false })
  try {
    assert.equal((await fetch(`${closed.url}/metrics`)).status, 404)
  } finally { await closed.stop() }
})

test('each answer carries a request id that is also in its log line; a proxy\'s own id is kept', async () => {
  const sent = await fetch(`${server.url}/health/ready`, { headers: { 'X-Request-Id': 'proxy-7f3a-42' } })
  assert.equal(sent.headers.get('x-request-id'), 'proxy-7f3a-42')
  const made = await fetch(`${server.url}/health/live`, { headers: { 'X-Request-Id': 'not an id; drop table' } })
  const id = made.headers.get('x-request-id')
  assert.match(id, /^[0-9a-f]{16}$/)
  await new Promise((resolve) => setTimeout(resolve, 200))
  assert.match(server.output(), /event=request request_id=proxy-7f3a-42 method=GET route=\/health\/ready status=200/)
  assert.match(server.output(), new RegExp(`event=request request_id=${id} method=GET route=/health/live status=200`))
})

test('liveness answers whatever the database does; readiness says whether it can work', async () => {
  const live = await fetch(`${server.url}/health/live`)
  assert.equal(live.status, 200)
  assert.equal((await live.json()).status, 'alive')
  const ready = await fetch(`${server.url}/health/ready`)
  assert.equal(ready.status, 200)
  assert.equal((await ready.json()).status, 'ok')
})

test('behind a trusted proxy the access audit records the address the proxy was told; otherwise a client cannot name one', async () => {
  const lastAddress = () => database.sql('SELECT client_address FROM access_audit ORDER BY sequence DESC LIMIT 1')
  const search = (url) => fetch(`${url}/api/v1/people?name=Nobody`, { headers: { Authorization: database.practitioner, 'X-Forwarded-For': '203.0.113.9' } })
  assert.equal((await search(server.url)).status, 200)
  assert.equal(lastAddress(), '127.0.0.1')
  const proxied = await startServer(database, ['--trusted-proxy', '127.0.0.1,::1'], { migrate: false })
  try {
    assert.equal((await search(proxied.url)).status, 200)
    assert.equal(lastAddress(), '203.0.113.9')
  } finally { await proxied.stop() }
})

test('with --readings-without-flush a search is still audited, and the start-up line says which is in force', async () => {
  assert.match(server.output(), /event=listening .* readings_wait_for_disk=true/)
  const quick = await startServer(database, ['--readings-without-flush'], { migrate: false })
  try {
    assert.match(quick.output(), /event=listening .* readings_wait_for_disk=false/)
    const entries = () => Number(database.sql("SELECT COUNT(*) FROM access_audit WHERE detail LIKE '%Unflushed%'"))
    const before = entries()
    const answer = await fetch(`${quick.url}/api/v1/people?name=Unflushed`, { headers: { Authorization: database.practitioner } })
    assert.equal(answer.status, 200)
    assert.equal(entries(), before + 1)
  } finally { await quick.stop() }
})

test('with FRONTDOOR_LOG_FORMAT=json every log line is one JSON object, the request id among its members', async () => {
  const json = await startServer(database, [], { migrate: false, env: { FRONTDOOR_LOG_FORMAT: 'json' } })
  try {
    const answer = await fetch(`${json.url}/api/v1/people?name=Nobody`, { headers: { Authorization: database.practitioner } })
    const id = answer.headers.get('x-request-id')
    const logged = (event) => json.output().split('\n').some((line) => line.includes(`"event":"${event}"`))
    await until(() => logged('audit_checkpoint') && json.output().includes(id), 'the log to be flushed with a signed checkpoint')
    const lines = json.output().split('\n').filter(Boolean).map((line) => JSON.parse(line))
    const request = lines.find((line) => line.event === 'request' && line.request_id === id)
    assert.ok(request, json.output())
    assert.equal(request.level, 'info')
    assert.match(request.time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    assert.deepEqual([request.method, request.route, request.status], ['GET', '/api/v1/people', 200])
    assert.equal(typeof request.duration_ms, 'number')
    const checkpoint = lines.find((line) => line.event === 'audit_checkpoint')
    assert.match(checkpoint.note, /\n\n— /) // a quoted value read with its escapes: the signed note whole
  } finally { await json.stop() }
})
