// The desk's small amount of JavaScript. Every page works without it; with it:
//  - parts marked data-live refresh themselves when anything changes on the desk (server-sent events),
//  - forms marked data-inplace act without leaving the page,
//  - a form acts once, however many times its button is clicked.
(function () {
  'use strict';

  function liveRegions() { return Array.prototype.slice.call(document.querySelectorAll('[data-live][id]')); }

  // a region the user is typing in is left alone, so no words are lost to a refresh
  function busy(region) {
    var active = document.activeElement;
    if (active && region.contains(active) && /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName)) return true;
    return region.querySelector('form[data-dirty]') !== null;
  }

  function swap(doc) {
    liveRegions().forEach(function (region) {
      var fresh = doc.getElementById(region.id);
      if (fresh && !busy(region)) region.replaceWith(document.importNode(fresh, true));
    });
    var messages = doc.getElementById('messages');
    var mine = document.getElementById('messages');
    if (messages && mine && messages.textContent.trim()) mine.innerHTML = messages.innerHTML;
    document.dispatchEvent(new CustomEvent('vetted:refreshed'));
  }

  function fetchPage(url, options) {
    return fetch(url, Object.assign({ credentials: 'same-origin', headers: { 'X-Requested-With': 'vetted-desk' } }, options || {}))
      .then(function (res) {
        // a session that ended sends us to the sign-in page: let the next full navigation handle it
        if (!res.ok && res.status !== 422) throw new Error('HTTP ' + res.status);
        if (new URL(res.url).origin !== location.origin) throw new Error('signed out');
        return res.text();
      })
      .then(function (html) { return new DOMParser().parseFromString(html, 'text/html'); });
  }

  var refreshing = null;
  function refresh() {
    if (refreshing) { refreshing.again = true; return; }
    refreshing = { again: false };
    fetchPage(location.href).then(swap).catch(function () {}).then(function () {
      var again = refreshing.again;
      refreshing = null;
      if (again) refresh();
    });
  }

  document.addEventListener('input', function (e) {
    var form = e.target.form;
    if (form) form.setAttribute('data-dirty', '');
  });

  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (form.hasAttribute('data-submitting')) { e.preventDefault(); return; }
    form.setAttribute('data-submitting', '');
    var buttons = form.querySelectorAll('button');
    if (form.hasAttribute('data-inplace') && window.fetch) {
      e.preventDefault();
      buttons.forEach(function (b) { b.disabled = true; });
      fetchPage(form.action, { method: 'POST', body: new URLSearchParams(new FormData(form)) })
        .then(swap)
        .catch(function () { form.removeAttribute('data-inplace'); form.removeAttribute('data-submitting'); form.submit(); });
      return;
    }
    // disable after the browser has taken the submitter's value
    setTimeout(function () { buttons.forEach(function (b) { b.disabled = true; }); }, 0);
  });

  // pages come back from the back/forward cache with their buttons still disabled
  window.addEventListener('pageshow', function (e) {
    if (!e.persisted) return;
    document.querySelectorAll('form[data-submitting]').forEach(function (f) {
      f.removeAttribute('data-submitting');
      f.querySelectorAll('button').forEach(function (b) { b.disabled = false; });
    });
  });

  // mark where we are in the main navigation
  document.querySelectorAll('nav[aria-label="Main"] a').forEach(function (a) {
    var path = new URL(a.href).pathname;
    if (location.pathname === path || (path !== '/' && location.pathname.indexOf(path + '/') === 0 && path !== '/articles')) {
      a.setAttribute('aria-current', 'page');
    }
  });

  // One stream per visible page: browsers allow only six connections to a host over HTTP/1.1, so a
  // hidden tab or a page kept in the back/forward cache must not hold one.
  var source = null;
  function connect(catchUp) {
    if (source || !liveRegions().length || !window.EventSource) return;
    source = new EventSource('/events');
    source.addEventListener('change', function (e) {
      // a claim's page cares about that claim only; exports change nothing a desk page shows
      var notice = {};
      try { notice = JSON.parse(e.data); } catch (ignored) { }
      var scope = document.querySelector('[data-claim]');
      if (scope && notice.claimId && notice.claimId !== scope.getAttribute('data-claim')) return;
      if (notice.action === 'audit.exported' && location.pathname.indexOf('/audit') !== 0) return;
      refresh();
    });
    source.addEventListener('open', function () { document.documentElement.setAttribute('data-live-open', ''); });
    if (catchUp) refresh();
  }
  function disconnect() {
    if (!source) return;
    source.close();
    source = null;
    document.documentElement.removeAttribute('data-live-open');
  }
  window.addEventListener('pagehide', disconnect);
  window.addEventListener('pageshow', function (e) { if (e.persisted) connect(true); });
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') disconnect(); else connect(true);
  });
  if (document.visibilityState !== 'hidden') connect(false);
})();
