// Loaded as a classic script at the start of <body>, before anything renders, so that GOV.UK
// Frontend's styles for JavaScript-enhanced components apply from the first paint. A file rather
// than the template's inline script, because the Content-Security-Policy does not allow inline script.
document.body.classList.add('js-enabled')
if ('noModule' in HTMLScriptElement.prototype) {
  document.body.classList.add('govuk-frontend-supported')
}
