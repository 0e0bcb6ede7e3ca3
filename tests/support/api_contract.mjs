// tests/support/api_contract.mjs — checks every /api/v1 response a test receives against the
// OpenAPI document the same server serves: the status must be one the operation documents, the
// content type one it names, and a JSON body must validate against its schema, with every object
// closed (a field the document does not name is an error) so the document stays the contract.
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { appendFileSync } from 'node:fs'

const documentId = 'https://frontdoor.invalid/openapi.json'
const contracts = new Map() // origin -> Promise<{ operationFor(method, path), validatorFor(pointer) }>

/** A copy of `node` (part of `document`) in which every object schema listing properties refuses
 * properties it does not list, unless it says what it allows itself. The members of an allOf are
 * copied in open, and the schema holding them closed, so their properties add up. */
function closeObjects (node, document, open = false) {
  if (Array.isArray(node)) return node.map((item) => closeObjects(item, document))
  if (node === null || typeof node !== 'object') return node
  const closed = {}
  for (const [key, value] of Object.entries(node)) {
    closed[key] = key === 'allOf'
      ? value.map((member) => closeObjects(member.$ref ? resolvePointer(document, member.$ref.slice(1)) : member, document, true))
      : closeObjects(value, document)
  }
  const listsProperties = (node.properties !== null && typeof node.properties === 'object' && !Array.isArray(node.properties)) ||
    Array.isArray(node.allOf)
  if (!open && listsProperties && !('additionalProperties' in node) && !('unevaluatedProperties' in node)) {
    closed.unevaluatedProperties = false
  }
  return closed
}

function resolvePointer (document, pointer) {
  return pointer.split('/').slice(1).reduce((node, part) => node?.[part.replaceAll('~1', '/').replaceAll('~0', '~')], document)
}

function escapePointer (text) { return text.replaceAll('~', '~0').replaceAll('/', '~1') }

async function contractFor (origin, fetchOriginal) {
  const response = await fetchOriginal(`${origin}/api/v1/openapi.json`)
  if (response.status !== 200) throw new Error(`the OpenAPI document answered ${response.status}`)
  const document = await response.json()
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true })
  addFormats(ajv)
  ajv.addSchema({ ...closeObjects(document, document), $id: documentId })
  const operations = Object.entries(document.paths).flatMap(([template, item]) => {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`)
    return Object.entries(item)
      .filter(([method]) => ['get', 'put', 'post', 'delete', 'patch'].includes(method))
      .map(([method, operation]) => ({ template, method, operation, pattern }))
  })
  const validators = new Map()
  return {
    at (pointer) { return resolvePointer(document, pointer) },
    operationFor (method, path) {
      const candidates = operations.filter((entry) => entry.method === method && entry.pattern.test(path))
      // A literal segment beats a parameter: /people/{id}/journey before /people/{id}.
      candidates.sort((a, b) => (a.template.match(/\{/g) ?? []).length - (b.template.match(/\{/g) ?? []).length)
      return candidates[0]
    },
    validatorFor (pointer) {
      if (!validators.has(pointer)) validators.set(pointer, ajv.compile({ $ref: `${documentId}#${pointer}` }))
      return validators.get(pointer)
    }
  }
}

/** Throws, naming the operation, the status and what differs, when `response` (already received
 * for `method` `url`) is not what the document promises. `body` is the response's text. */
export async function checkAgainstDocument (method, url, response, body, fetchOriginal) {
  const { origin, pathname } = new URL(url)
  if (!pathname.startsWith('/api/v1/') || pathname === '/api/v1/openapi.json') return
  if (!contracts.has(origin)) contracts.set(origin, contractFor(origin, fetchOriginal))
  const contract = await contracts.get(origin)
  const lowerMethod = method.toLowerCase()
  const found = contract.operationFor(lowerMethod, pathname)
  const where = `${method} ${pathname} answered ${response.status}`
  if (!found) {
    if (response.status === 404 || response.status === 405) return // an unknown route is the router's answer
    throw new Error(`${where}, but the OpenAPI document has no such operation`)
  }
  const responses = found.operation.responses ?? {}
  const statusKey = [String(response.status), `${String(response.status)[0]}XX`, 'default'].find((key) => key in responses)
  if (!statusKey) throw new Error(`${where}, a status the OpenAPI document does not give for ${found.operation.operationId}`)
  const documented = responses[statusKey]
  const pointerBase = `/paths/${escapePointer(found.template)}/${lowerMethod}/responses/${statusKey}`
  // A documented response may be a $ref to #/components/responses/NAME; its content is there.
  const basePointer = documented.$ref ? documented.$ref.slice(1) : pointerBase
  const content = contract.at(basePointer).content
  const type = (response.headers.get('content-type') ?? '').split(';')[0].trim()
  if (body.length === 0 && !type) return
  if (!content || !(type in content)) {
    throw new Error(`${where} with ${type || 'no content type'}, which the OpenAPI document does not name for ${found.operation.operationId}`)
  }
  if (!type.endsWith('json') || !content[type].schema) return
  const validate = contract.validatorFor(`${basePointer}/content/${escapePointer(type)}/schema`)
  const parsed = JSON.parse(body)
  if (!validate(parsed)) {
    const errors = validate.errors.map((error) =>
      `  ${error.instancePath || '(the body)'} ${error.message}${error.params?.unevaluatedProperty ? `: ${error.params.unevaluatedProperty}` : ''}`)
    throw new Error(`${where}; the body does not match ${found.operation.operationId}'s documented schema:\n${[...new Set(errors)].join('\n')}`)
  }
}

/** Wraps the global fetch so every /api/v1 response is checked as it arrives. */
export function checkEveryApiResponse () {
  if (globalThis.fetch.checksApiContract) return
  const fetchOriginal = globalThis.fetch
  const checked = async (input, init = {}) => {
    const response = await fetchOriginal(input, init)
    const url = typeof input === 'string' ? input : input.url
    const method = init.method ?? (typeof input === 'string' ? 'GET' : input.method)
    const text = await response.clone().text()
    try {
      await checkAgainstDocument(method, url, response, text, fetchOriginal)
    } catch (error) {
      // FRONTDOOR_API_CONTRACT_LOG=FILE lists every mismatch of a run (with the body) instead of
      // stopping each test at its first: a help for writing the document, never set in CI.
      if (!process.env.FRONTDOOR_API_CONTRACT_LOG) throw error
      appendFileSync(process.env.FRONTDOOR_API_CONTRACT_LOG,
        `${JSON.stringify({ method, path: new URL(url).pathname, status: response.status, problem: error.message, body: text.slice(0, 4000) })}\n`)
    }
    return response
  }
  checked.checksApiContract = true
  globalThis.fetch = checked
}
