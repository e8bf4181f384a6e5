// Copies govuk-frontend.min.css for a service that is not on GOV.UK: removes the GDS Transport
// @font-face rules and the family name from every font stack (leaving arial, sans-serif), and the
// sourceMappingURL comment, since the upstream map no longer matches.
// Usage: node govuk-frontend-css.mjs <source.css> <destination.css>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

const [source, destination] = process.argv.slice(2)
if (!source || !destination) {
  console.error('Usage: node govuk-frontend-css.mjs <source.css> <destination.css>')
  process.exit(2)
}

const css = readFileSync(source, 'utf8')
  .replace(/@font-face\{[^}]*\}/g, '')
  .replaceAll('"GDS Transport",', '')
  .replaceAll('GDS Transport,', '')
  .replace(/\/\*# sourceMappingURL=[^*]*\*\/\s*/g, '')

if (css.includes('GDS Transport')) {
  console.error(`${source} still names GDS Transport after rewriting; check this script against the govuk-frontend version.`)
  process.exit(1)
}

mkdirSync(dirname(destination), { recursive: true })
writeFileSync(destination, css)
