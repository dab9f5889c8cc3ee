/* global window, document, history */
// Opens Neo4j Browser connected to this server without a login form. Browser keeps its
// connection, with credentials, in this origin's localStorage and connects with it at start-up;
// this page, served by the same server as Browser, writes it there. The password arrives in the
// URL's fragment, which is never sent to a server, and is removed from the address bar at once.
(function () {
  'use strict';
  var params = new URLSearchParams(window.location.hash.slice(1));
  history.replaceState(null, '', window.location.pathname);
  var password = params.get('password');
  var status = document.getElementById('status');

  function merge(key, change) {
    var stored = null;
    try {
      stored = JSON.parse(window.localStorage.getItem(key) || 'null');
    } catch {
      // Unreadable: start afresh.
      stored = null;
    }
    window.localStorage.setItem(key, JSON.stringify(change(stored || {})));
  }

  // Neo4j advertises its real Bolt address here (the launcher sets it), whatever the ports.
  fetch('/', { headers: { Accept: 'application/json' } })
    .then(function (response) {
      return response.json();
    })
    .then(function (discovery) {
      var host = discovery.bolt_direct;
      var id = '$$discovery';
      merge('neo4j.connections', function (state) {
        var byId = Object.assign({}, state.connectionsById);
        byId[id] = Object.assign({}, byId[id], {
          id: id,
          name: id,
          type: 'bolt',
          host: host,
          username: 'neo4j',
          password: password || '',
          authenticationMethod: password ? 'NATIVE' : 'NO_AUTH',
        });
        return Object.assign({}, state, { allConnectionIds: [id], connectionsById: byId });
      });
      // Diplograph's guide replaces the stock start card (browser.post_connect_cmd plays it).
      merge('neo4j.settings', function (settings) {
        return Object.assign({}, settings, { initCmd: '' });
      });
      var target = '/browser/';
      if (!password) target += '?dbms=' + encodeURIComponent(host);
      window.location.replace(target);
    })
    .catch(function (error) {
      status.textContent = 'Could not reach Neo4j on this address: ' + error;
    });
})();
