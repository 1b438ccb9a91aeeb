import { readFileSync } from 'node:fs'
import { validateDocuments } from './src/validateDocuments.ts'
const file = process.argv[2]!
const docs = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
const t = Date.now()
const problems = await validateDocuments(docs)
for (const p of problems) console.log(p.level, p.documentId, p.field, '—', p.message)
console.log(docs.length, 'docs', problems.length, 'problems', Date.now() - t, 'ms')
