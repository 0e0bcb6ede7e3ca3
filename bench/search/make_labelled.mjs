// bench/search/make_labelled.mjs — makes the labelled searches of "is this child known?" from a
// database made by `frontdoor generate --children N --seed S`: for each class, 100 children and
// what a practitioner might type about them. The file it writes is kept (labelled-searches.tsv);
// run this again only when the generator changes, and say so in the commit.
// Usage: node bench/search/make_labelled.mjs sqlite:FILE.db SEED > bench/search/labelled-searches.tsv
import { readFileSync } from 'node:fs'
import { sqlOn } from '../bench_support.mjs'

const [url, seed] = process.argv.slice(2)
const sql = sqlOn(url, 'sqlite')
const perClass = 100

// A small seeded random number generator (mulberry32), so the same database gives the same file.
let state = 12345
const random = () => {
  state = (state + 0x6d2b79f5) | 0
  let t = Math.imul(state ^ (state >>> 15), 1 | state)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = (list) => list[Math.floor(random() * list.length)]

// Children (under 18 on the day the data is as of): one in eleven of them (enough for a hundred
// with a family name three or fewer people share), read at once, then
// taken in an order the seeded generator mixes.
const people = Number(sql('SELECT max(id) FROM people'))
const pool = sql(`SELECT p.id, p.given_name, p.family_name, p.date_of_birth, p.nhs_number,
    (SELECT group_concat(h.postcode || '/' || (m.to_date IS NULL), ',') FROM household_members m
       JOIN households h ON h.id = m.household_id WHERE m.person_id = p.id)
  FROM people p WHERE p.id % 11 = 3 AND p.date_of_birth > '2008-12-01' ORDER BY p.id`)
  .split('\n').map((line) => line.split('|'))
for (let index = pool.length - 1; index > 0; --index) {
  const other = Math.floor(random() * (index + 1));
  [pool[index], pool[other]] = [pool[other], pool[index]]
}
let taken = 0
function child () {
  const [id, given, family, born, nhs, lived] = pool[taken++]
  const homes = lived.split(',').map((entry) => entry.split('/'))
  const current = homes.find(([, now]) => now === '1')[0]
  const previous = homes.find(([, now]) => now === '0')?.[0]
  return { id: Number(id), given, family, born, nhs, current, previous }
}

// Slips of the keyboard and of the ear; each changes the name.
const misspellings = [
  (n) => n.slice(0, 2) + n.slice(3), // a letter dropped
  (n) => n.slice(0, 1) + n[2] + n[1] + n.slice(3), // two letters swapped
  (n) => n.slice(0, 2) + n[1] + n.slice(2), // a letter doubled
  (n) => n.replace(/(?<=.)[aeiou]/, (v) => ({ a: 'e', e: 'a', i: 'y', o: 'u', u: 'o' })[v]), // a vowel
  (n) => n.replace(/(?<=.)(ph|ck|y|c|z|ie|ee)/, (m) => ({ ph: 'f', ck: 'k', y: 'ie', c: 'k', z: 's', ie: 'y', ee: 'ea' })[m]) // sounds alike
]
function misspell (name) {
  const start = Math.floor(random() * misspellings.length)
  for (let tried = 0; tried < misspellings.length; ++tried) {
    const changed = misspellings[(start + tried) % misspellings.length](name)
    if (changed !== name && changed.length >= 2) return changed
  }
  return name + 'e'
}
// A wrong first letter: one that sounds alike, or the key beside it.
const firstLetters = { C: 'K', K: 'C', S: 'C', G: 'J', J: 'G', F: 'P', I: 'Y', Y: 'I', E: 'A', A: 'E', W: 'V', V: 'W', Z: 'S', Q: 'K', X: 'Z' }
const keyboard = 'qwertyuiopasdfghjklzxcvbnm'
function wrongFirstLetter (name) {
  const first = name[0].toUpperCase()
  const swap = firstLetters[first] ?? keyboard[(keyboard.indexOf(first.toLowerCase()) + 1) % 26].toUpperCase()
  return swap + name.slice(1)
}
const variantGroups = readFileSync(new URL('../../config/name-variants.txt', import.meta.url), 'utf8')
  .split('\n').filter((line) => line && !line.startsWith('#')).map((line) => line.split(' '))
const capital = (n) => n[0].toUpperCase() + n.slice(1)
function nickname (given) {
  const groups = variantGroups.filter((group) => group.includes(given.toLowerCase()))
  if (!groups.length) return null
  const others = groups.flat().filter((name) => name !== given.toLowerCase())
  return capital(pick(others))
}
const swapDayAndMonth = (born) => `${born.slice(0, 4)}-${born.slice(8, 10)}-${born.slice(5, 7)}`
// How many people hold each family name, counted once.
const familyCounts = new Map(sql('SELECT family_name, count(*) FROM people GROUP BY family_name').split('\n')
  .map((line) => { const at = line.lastIndexOf('|'); return [line.slice(0, at), Number(line.slice(at + 1))] }))
const familyCount = (family) => familyCounts.get(family)

const classes = {
  both_names_misspelt_exact_birth: (c) => ({ name: `${misspell(c.given)} ${misspell(c.family)}`, date_of_birth: c.born }),
  one_name_misspelt_day_and_month_swapped: (c) => Number(c.born.slice(8)) <= 12 && c.born.slice(8) !== c.born.slice(5, 7)
    ? { name: random() < 0.5 ? `${misspell(c.given)} ${c.family}` : `${c.given} ${misspell(c.family)}`, date_of_birth: swapDayAndMonth(c.born) }
    : null,
  exact_name_and_postcode_no_birth: (c) => ({ name: `${c.given} ${c.family}`, postcode: c.current }),
  exact_name_and_previous_postcode_no_birth: (c) => c.previous ? { name: `${c.given} ${c.family}`, postcode: c.previous } : null,
  family_name_misspelt_and_postcode_no_birth: (c) => ({ name: `${c.given} ${misspell(c.family)}`, postcode: c.current }),
  first_letter_wrong_with_birth: (c) => ({ name: random() < 0.5 ? `${wrongFirstLetter(c.given)} ${c.family}` : `${c.given} ${wrongFirstLetter(c.family)}`, date_of_birth: c.born }),
  nickname_with_birth: (c) => { const other = nickname(c.given); return other ? { name: `${other} ${c.family}`, date_of_birth: c.born } : null },
  given_and_family_swapped_with_birth: (c) => ({ name: `${c.family} ${c.given}`, date_of_birth: c.born }),
  rare_family_name_alone: (c) => !c.family.includes('-') && familyCount(c.family) <= 3 ? { name: `${c.given} ${c.family}` } : null,
  nhs_number_alone: (c) => c.nhs ? { identifier: c.nhs } : null
}

console.log(`# Labelled searches for "is this child known?": made by bench/search/make_labelled.mjs from`)
console.log(`# frontdoor generate --children ${people > 2000000 ? '?' : '1000000'} --seed ${seed} (people: ${people}). One row a search:`)
console.log('# class, the child meant (id | given | family | date of birth), then what was typed.')
console.log(['class', 'person_id', 'truth', 'name', 'date_of_birth', 'postcode', 'identifier'].join('\t'))
for (const [label, make] of Object.entries(classes)) {
  let made = 0
  while (made < perClass && taken < pool.length) {
    const c = child()
    const typed = make(c)
    if (!typed) continue
    console.log([label, c.id, `${c.given}|${c.family}|${c.born}`, typed.name ?? '', typed.date_of_birth ?? '', typed.postcode ?? '', typed.identifier ?? ''].join('\t'))
    ++made
  }
  if (made < perClass) throw new Error(`only ${made} searches of class ${label}`)
}
