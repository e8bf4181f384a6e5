// Page JavaScript, loaded with type="module". Browsers that do not support modules get the
// pages without enhancement, which GOV.UK Frontend components are designed to handle.
import { initAll } from '../lib/govuk/govuk-frontend.min.js'

initAll()
