// Shows a plain message when the browser's passkey step fails (allauth's
// webauthn.js raises an "allauth.error" event). Served from our static files.
(function () {
  document.addEventListener('allauth.error', function (event) {
    const box = document.getElementById('passkey-error')
    if (!box) return
    event.preventDefault()
    box.textContent = box.dataset.message
    box.classList.remove('govuk-visually-hidden')
    box.classList.add('govuk-error-message')
  })
})()
