// Marks the page as having JavaScript before it is drawn, as GOV.UK Frontend expects (kept out of the page for the Content-Security-Policy).
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '')
