/*
 * The local console. Everything it shows comes from the Step Functions API the endpoint serves (POST / with
 * X-Amz-Target, as an SDK calls it) and the graph of a definition from POST /graph.svg; an execution is read by
 * report.js, the same script as the execution report. The page's place is in its hash, so a reload keeps it.
 */
(function () {
  'use strict';

  var state = {machine: null, execution: null, filter: '', timer: null, drawnFor: null};

  function api(operation, body) {
    return fetch('/', {method: 'POST', headers: {'Content-Type': 'application/x-amz-json-1.0',
      'X-Amz-Target': 'AWSStepFunctions.' + operation}, body: JSON.stringify(body || {})})
      .then(function (response) {
        return response.json().then(function (json) {
          if (!response.ok) { throw new Error((json.__type || 'Error') + ': ' + (json.message || '')); }
          return json;
        });
      });
  }

  /** Every page of a paged list operation. */
  function all(operation, body, key) {
    var items = [];
    function page(token) {
      var request = Object.assign({}, body, token ? {nextToken: token} : {});
      return api(operation, request).then(function (response) {
        items = items.concat(response[key] || []);
        return response.nextToken ? page(response.nextToken) : items;
      });
    }
    return page(null);
  }

  function $(id) { return document.getElementById(id); }

  function text(tag, value, attributes) {
    var node = document.createElement(tag);
    node.textContent = value;
    for (var key in attributes || {}) { node.setAttribute(key, attributes[key]); }
    return node;
  }

  function when(epoch) {
    return epoch === undefined || epoch === null ? '' : new Date(epoch * 1000).toISOString().replace('T', ' ')
      .replace('Z', '');
  }

  function place() {
    var params = new URLSearchParams(location.hash.slice(1));
    state.machine = params.get('machine');
    state.execution = params.get('execution');
    state.filter = params.get('status') || '';
    $('status-filter').value = state.filter;
  }

  function go(machine, execution) {
    var params = new URLSearchParams();
    if (machine) { params.set('machine', machine); }
    if (execution) { params.set('execution', execution); }
    if (state.filter) { params.set('status', state.filter); }
    location.hash = params.toString();
  }

  function machines() {
    return all('ListStateMachines', {}, 'stateMachines').then(function (list) {
      var ul = $('machine-list');
      ul.innerHTML = '';
      list.forEach(function (machine) {
        var link = text('a', machine.name, {href: '#', 'data-arn': machine.stateMachineArn});
        link.appendChild(text('span', machine.type, {'class': 'type'}));
        if (machine.stateMachineArn === state.machine) { link.className = 'selected'; }
        link.addEventListener('click', function (event) {
          event.preventDefault();
          go(machine.stateMachineArn, null);
        });
        var li = document.createElement('li');
        li.appendChild(link);
        ul.appendChild(li);
      });
      if (!list.length) { ul.appendChild(text('li', 'No state machines yet', {'class': 'hint'})); }
    });
  }

  function revisions(arn) {
    return Promise.all([all('ListStateMachineVersions', {stateMachineArn: arn}, 'stateMachineVersions'),
      all('ListStateMachineAliases', {stateMachineArn: arn}, 'stateMachineAliases')]).then(function (lists) {
      var box = $('revisions');
      box.innerHTML = '';
      box.appendChild(document.createTextNode('Versions: '));
      if (!lists[0].length) { box.appendChild(document.createTextNode('none ')); }
      lists[0].forEach(function (v) {
        box.appendChild(text('code', v.stateMachineVersionArn.split(':').pop(), {'class': 'version'}));
      });
      box.appendChild(document.createTextNode(' Aliases: '));
      if (!lists[1].length) { box.appendChild(document.createTextNode('none')); }
      lists[1].forEach(function (a) {
        box.appendChild(text('code', a.stateMachineAliasArn.split(':').pop(), {'class': 'alias'}));
      });
    });
  }

  function executions() {
    var request = {stateMachineArn: state.machine};
    if (state.filter) {
      request.statusFilter = state.filter;
    }
    return all('ListExecutions', request, 'executions').then(function (list) {
      var body = $('execution-list');
      body.innerHTML = '';
      list.forEach(function (execution) {
        var row = document.createElement('tr');
        row.setAttribute('data-arn', execution.executionArn);
        row.setAttribute('data-name', execution.name);
        row.appendChild(text('td', execution.name));
        var status = document.createElement('td');
        status.appendChild(text('span', execution.status, {'class': 'badge-status ' + execution.status}));
        row.appendChild(status);
        row.appendChild(text('td', when(execution.startDate)));
        row.appendChild(text('td', when(execution.stopDate)));
        row.addEventListener('click', function () { go(state.machine, execution.executionArn); });
        body.appendChild(row);
      });
      if (!list.length) {
        var empty = document.createElement('tr');
        empty.appendChild(text('td', 'No executions' + (state.filter ? ' ' + state.filter : ''), {colspan: '4'}));
        body.appendChild(empty);
      }
    });
  }

  function history(arn) {
    return all('GetExecutionHistory', {executionArn: arn, maxResults: 1000, includeExecutionData: true}, 'events');
  }

  /**
   * The children of the execution's Map Runs with their histories, as report.js reads them: a Distributed Map's item
   * processor runs there. Like the report (MapRunChildren.SHOWN), 25 per run, those that did not succeed first.
   */
  function mapRuns(events) {
    var arns = [];
    events.forEach(function (event) {
      var arn = event.type === 'MapRunStarted' && (event.mapRunStartedEventDetails || {}).mapRunArn;
      if (arn && arns.indexOf(arn) < 0) { arns.push(arn); }
    });
    return Promise.all(arns.map(function (mapRunArn) {
      return all('ListExecutions', {mapRunArn: mapRunArn}, 'executions').then(function (list) {
        var started = list.slice().sort(function (a, b) { return a.startDate - b.startDate; });
        var shown = started.filter(function (child) { return child.status !== 'SUCCEEDED'; })
          .concat(started.filter(function (child) { return child.status === 'SUCCEEDED'; })).slice(0, 25)
          .sort(function (a, b) { return started.indexOf(a) - started.indexOf(b); });
        return Promise.all(shown.map(function (child) {
          // an Express child has no history, as on AWS
          return history(child.executionArn).catch(function () { return undefined; }).then(function (events) {
            return {name: child.name, executionArn: child.executionArn, status: child.status, events: events};
          });
        })).then(function (children) {
          return {mapRunArn: mapRunArn, childCount: list.length, children: children};
        });
      });
    }));
  }

  function graph(definition) {
    return fetch('graph.svg', {method: 'POST', body: definition}).then(function (response) {
      return response.text();
    });
  }

  /** Shows one execution; called again while it runs, it repaints from the newest history. */
  function showExecution() {
    var arn = state.execution;
    return api('DescribeExecution', {executionArn: arn}).then(function (description) {
      var first = state.drawnFor !== arn;
      var drawing = first ? api('DescribeStateMachineForExecution', {executionArn: arn})
        .then(function (machine) { return graph(machine.definition); }) : Promise.resolve(null);
      var reading = history(arn).then(function (events) {
        return mapRuns(events).then(function (runs) { return {events: events, mapRuns: runs}; });
      });
      return Promise.all([drawing, reading]).then(function (results) {
        var read = results[1];
        if (state.execution !== arn) { return; }
        var root = document.querySelector('#execution .report');
        if (results[0] !== null) {
          root.querySelector('.graph').innerHTML = results[0];
          root.removeAttribute('data-selected');
          root.querySelector('.details').innerHTML =
            '<p class="hint">Click a state to see its input, output and error.</p>';
          state.drawnFor = arn;
        }
        $('execution-name').textContent = description.name;
        var badge = $('execution-status');
        badge.textContent = description.status;
        badge.className = 'badge-status ' + description.status;
        root.setAttribute('data-status', description.status);
        $('execution-meta').textContent = 'started ' + when(description.startDate)
          + (description.stopDate ? ' · stopped ' + when(description.stopDate) : '') + ' · '
          + read.events.length + ' events · ' + arn;
        var failure = $('execution-failure');
        failure.hidden = !(description.error || description.cause);
        failure.textContent = (description.error || '') + (description.cause ? '\n' + description.cause : '');
        $('stop').disabled = description.status !== 'RUNNING';
        $('redrive').disabled = ['FAILED', 'TIMED_OUT', 'ABORTED'].indexOf(description.status) < 0;
        StepwiseReport.mount(root, {status: description.status, events: read.events, mapRuns: read.mapRuns});
        root.setAttribute('data-events', String(read.events.length));
        return description.status;
      });
    });
  }

  function refresh() {
    clearTimeout(state.timer);
    var work = [machines()];
    $('executions').hidden = !state.machine;
    $('execution').hidden = !state.execution;
    if (state.machine) {
      $('machine-title').textContent = state.machine.split(':').pop();
      work.push(revisions(state.machine), executions());
    }
    if (state.execution) { work.push(showExecution()); }
    return Promise.all(work).then(function (results) {
      var status = state.execution ? results[results.length - 1] : null;
      // a running execution is followed closely; lists are refreshed at a calmer pace
      state.timer = setTimeout(refresh, status === 'RUNNING' ? 500 : 2000);
    }, function (error) {
      $('action-message').textContent = String(error.message || error);
      state.timer = setTimeout(refresh, 2000);
    });
  }

  function act(operation, body, message) {
    $('action-message').textContent = '';
    return api(operation, body).then(function () {
      $('action-message').textContent = message;
      return refresh();
    }, function (error) {
      $('action-message').textContent = String(error.message);
    });
  }

  $('stop').addEventListener('click', function () {
    act('StopExecution', {executionArn: state.execution, error: 'Console.Stopped',
      cause: 'Stopped from the Stepwise console'}, 'Stop requested');
  });
  $('redrive').addEventListener('click', function () {
    act('RedriveExecution', {executionArn: state.execution}, 'Redriven');
  });
  $('status-filter').addEventListener('change', function () {
    // from the address, not from state: a machine clicked just before has changed the hash, but its hashchange
    // (which updates state) may not have run yet, and the filter would take the page back to the machine before
    var params = new URLSearchParams(location.hash.slice(1));
    state.filter = $('status-filter').value;
    go(params.get('machine'), params.get('execution'));
  });
  window.addEventListener('hashchange', function () { place(); refresh(); });
  $('endpoint').textContent = 'Step Functions endpoint ' + location.origin
    + ' · aws stepfunctions --endpoint-url ' + location.origin;
  place();
  refresh();
})();
