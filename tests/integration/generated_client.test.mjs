// tests/integration/generated_client.test.mjs — a partner's client generated from the served
// OpenAPI document: openapi-typescript makes its types, tsc --strict compiles a partner's code
// (tests/client/partner.ts) against them, and the compiled code drives the API of the real binary.
import { test, after, before } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { databaseWithAccounts, startServer } from '../support/harness.mjs'

const root = new URL('../..', import.meta.url).pathname
const bin = (name) => join(root, 'node_modules', '.bin', name)
let database
let server
let folder

before(async () => {
  database = databaseWithAccounts()
  server = await startServer(database, [], { migrate: false })
  // Inside node_modules, so the compiled code finds openapi-fetch as a partner's build would.
  folder = mkdtempSync(join(root, 'node_modules', '.partner-client-'))
})
after(async () => {
  await server.stop()
  database.drop()
  rmSync(folder, { recursive: true, force: true })
})

function run (command, args) {
  const result = spawnSync(command, args, { cwd: folder, encoding: 'utf8', timeout: 180000 })
  assert.equal(result.status, 0, `${command} ${args.join(' ')}:\n${result.stdout}\n${result.stderr}`)
}

test('a client generated from the document compiles against it and records a contact through the API', async () => {
  const document = await (await fetch(`${server.url}/api/v1/openapi.json`)).text()
  writeFileSync(join(folder, 'openapi.json'), document)
  run(bin('openapi-typescript'), ['openapi.json', '--output', 'api.d.ts'])
  copyFileSync(join(root, 'tests', 'client', 'partner.ts'), join(folder, 'partner.ts'))
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ type: 'module' }))
  writeFileSync(join(folder, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      strict: true, noUncheckedIndexedAccess: true, target: 'ES2022', module: 'NodeNext',
      moduleResolution: 'NodeNext', skipLibCheck: false, outDir: 'out', rootDir: '.'
    },
    files: ['partner.ts', 'api.d.ts']
  }))
  run(bin('tsc'), ['-p', 'tsconfig.json'])

  const { runPartnerJourney } = await import(pathToFileURL(join(folder, 'out', 'partner.js')).href)
  const journey = await runPartnerJourney(server.url, database.practitioner.replace(/^Bearer /, ''))
  assert.ok(journey.personId > 0)
  assert.equal(journey.sameChildFound, true)
  assert.match(journey.contactReference, /^[A-Z0-9]{3}-[A-Z0-9]{3}$/)
  assert.equal(journey.contactSentAgainIsTheSame, true)
  assert.deepEqual(journey.childrenOnContact, [journey.personId])
  assert.equal(journey.checksSeen, 0)
  assert.equal(Number(database.sql('SELECT count(*) FROM contacts')), 1)
})

test('a partner\'s code that asks for a field the document does not name does not compile', () => {
  writeFileSync(join(folder, 'wrong.ts'), [
    "import type { paths } from './api.js'",
    "type Person = paths['/api/v1/people/{id}']['get']['responses'][200]['content']['application/json']",
    "export const shoeSize = (person: Person): number => ('id' in person ? person.shoe_size : 0)"
  ].join('\n'))
  const result = spawnSync(bin('tsc'), ['--strict', '--noEmit', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', 'wrong.ts'],
    { cwd: folder, encoding: 'utf8', timeout: 180000 })
  assert.notEqual(result.status, 0)
  assert.match(result.stdout, /Property 'shoe_size' does not exist/)
})
