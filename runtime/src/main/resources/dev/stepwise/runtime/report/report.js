/*
 * What happened to each state of an execution, read from its history, and how to show it: the colours on the
 * graph, the details of a clicked state, the history table and the timeline. Shared by the execution report
 * (inlined into one HTML file) and the local console (served as a static file): one reading of the history.
 */
(function (global) {
  'use strict';

  var ATTEMPT_STARTS = {TaskScheduled: 1, LambdaFunctionScheduled: 1, ActivityScheduled: 1,
    ParallelStateStarted: 1, MapStateStarted: 1};
  var CONTAINER_CLOSES = {ParallelStateSucceeded: 1, ParallelStateFailed: 1, ParallelStateAborted: 1,
    MapStateSucceeded: 1, MapStateFailed: 1, MapStateAborted: 1};
  var CONTAINER_STARTS = {ParallelStateStarted: 1, MapStateStarted: 1, MapIterationStarted: 1};
  var LANE_OPENERS = {ParallelStateStarted: 1, MapIterationStarted: 1};
  // worst first: a state visited several times (a loop, Map iterations) shows its worst visit
  var RANK = ['failed', 'caught', 'aborted', 'running', 'retried', 'succeeded'];

  function detailsOf(event) {
    for (var key in event) {
      if (/EventDetails$/.test(key)) { return event[key]; }
    }
    return {};
  }

  /** Milliseconds since the epoch: the report's events carry ISO text, the API's epoch seconds. */
  function time(event) {
    return typeof event.timestamp === 'number' ? event.timestamp * 1000 : Date.parse(event.timestamp);
  }

  function isFailure(type) {
    return /(Failed|TimedOut|StartFailed|SubmitFailed)$/.test(type) && type !== 'ExecutionFailed'
      && !/^MapIteration/.test(type) && !/^MapRun/.test(type);
  }

  function parse(text) {
    if (typeof text !== 'string') { return text; }
    try { return JSON.parse(text); } catch (e) { return text; }
  }

  /**
   * Reads a history (events as GetExecutionHistory returns them, oldest first) into lanes (the main path, each
   * Parallel branch, each Map iteration, each child workflow execution of a Distributed Map), visits (one entry into
   * a state) and a status per state name. {@code mapRuns} holds the children of the execution's Map Runs with their
   * histories ({mapRunArn, children: [{name, status, events}]}): a Distributed Map's item processor runs there.
   */
  function analyse(events, executionStatus, mapRuns) {
    var lanes = [{id: 0, parent: null, label: 'Execution', visits: []}];
    var states = Object.create(null); // keyed by state names: "constructor" or "__proto__" must not find Object's
    var clock = {start: events.length ? time(events[0]) : 0};
    clock.end = clock.start;
    var main = read(events, executionStatus, lanes, 0, clock);
    main.visits.forEach(function (visit) { visit.order = [visit.enteredId, visit.exitId || visit.enteredId + 1]; });
    var visits = main.visits.slice();
    (mapRuns || []).forEach(function (run) {
      var map = main.mapRuns[run.mapRunArn];
      (map ? run.children || [] : []).forEach(function (child) {
        var lane = newLane(lanes, map.lane, map.name + ' · ' + child.name);
        var childEvents = child.events || [];
        read(childEvents, child.status, lanes, lane, clock).visits.forEach(function (visit) {
          // no order across histories: a child's visits take their place within its Map state's visit
          var scale = (map.order[1] - map.order[0]) / (childEvents.length + 1);
          visit.order = [map.order[0] + visit.enteredId * scale,
            map.order[0] + (visit.exitId || visit.enteredId + 1) * scale];
          visits.push(visit);
        });
      });
    });
    visits.forEach(function (visit) {
      var state = states[visit.name] = states[visit.name] || {name: visit.name, visits: [], retries: 0};
      state.visits.push(visit);
      state.retries += visit.retries;
      if (!state.status || RANK.indexOf(visit.status) < RANK.indexOf(state.status)) {
        state.status = visit.status;
      }
    });
    return {lanes: lanes, visits: visits, states: states, start: clock.start, end: clock.end, failure: main.failure};
  }

  /**
   * Reads the history of one execution (the one shown, or a child of its Map Runs) into visits on lane {@code root}
   * and the lanes below it; {@code clock} widens to its events. Returns its visits, its failure and the Map visits
   * that started each of its Map Runs.
   */
  function read(events, executionStatus, lanes, root, clock) {
    var byId = {};
    var laneOf = {};
    var branchCount = {};
    var open = {};          // lane id -> the innermost open visit (a stack)
    var visits = [];
    var mapRuns = {};       // Map Run ARN -> the visit of the Map state that started it
    var failure = null;
    events.forEach(function (event) {
      byId[event.id] = event;
      var at = time(event);
      clock.end = Math.max(clock.end, at);
      var prev = byId[event.previousEventId];
      var lane = prev ? laneOf[prev.id] : root;
      if (prev && LANE_OPENERS[prev.type]) {
        var parentLane = laneOf[prev.id];
        var container = top(open, parentLane);
        var label;
        if (prev.type === 'MapIterationStarted') {
          label = (detailsOf(prev).name || (container && container.name) || 'Map') + ' · iteration '
            + detailsOf(prev).index;
          lane = newLane(lanes, parentLane, label);
        } else {
          var key = prev.id;
          if (!(key in branchCount)) { branchCount[key] = 0; }
          lane = newLane(lanes, parentLane, (container ? container.name : 'Parallel') + ' · branch '
            + (++branchCount[key]) + (container && container.attempts > 1 ? ' (attempt ' + container.attempts + ')' : ''));
        }
      }
      if (CONTAINER_CLOSES[event.type] && /Failed$/.test(event.type) && prev && /StateEntered$/.test(prev.type)) {
        // a branch or iteration failed right after it entered a state: that state failed before it could say so
        // (its ItemsPath or Parameters could not apply; at the top level AWS's history ends the same way)
        var silent = top(open, laneOf[prev.id]);
        if (silent && silent.enteredId === prev.id) { silent.lastAttemptFailed = true; }
      }
      var ofContainer = CONTAINER_STARTS[event.type] || CONTAINER_CLOSES[event.type];
      var owner = ofContainer ? containerOf(lanes, open, lane, event, prev) : null;
      if (owner) {
        // these follow the last event of a branch or iteration (a retry's new start, the next iteration, the
        // close) but belong to the Parallel or Map state's own lane
        lane = owner.lane;
        owner.closed = !!CONTAINER_CLOSES[event.type];
      }
      laneOf[event.id] = lane;
      lanes[lane].lastAt = at;
      var details = detailsOf(event);
      if (/StateEntered$/.test(event.type)) {
        var visit = {name: details.name, type: event.type.replace(/StateEntered$/, ''), lane: lane,
          enteredId: event.id, start: at, end: null, input: parse(details.input), output: undefined,
          error: null, cause: null, attempts: 0, failedAttempts: 0, lastAttemptFailed: false, exited: false};
        visits.push(visit);
        lanes[lane].visits.push(visit);
        (open[lane] = open[lane] || []).push(visit);
      } else if (/StateExited$/.test(event.type)) {
        var closing = findOpen(open, lanes, lane, details.name);
        if (closing) {
          // a Parallel's or Map's exit may follow its last branch's event: it belongs where its state is
          laneOf[event.id] = closing.lane;
          lanes[closing.lane].lastAt = at;
          closing.exited = true;
          closing.end = at;
          closing.exitId = event.id;
          closing.output = parse(details.output);
        }
      } else {
        var current = ofContainer ? owner : ownerOf(open, lanes, lane);
        if (current) {
          if (ATTEMPT_STARTS[event.type]) {
            current.attempts++;
            current.lastAttemptFailed = false;
          }
          if (isFailure(event.type) || CONTAINER_CLOSES[event.type] && /Failed$/.test(event.type)) {
            current.failedAttempts++;
            current.lastAttemptFailed = true;
            if (details.error !== undefined || details.cause !== undefined) {
              current.error = details.error || current.error;
              current.cause = details.cause || current.cause;
            } else if (CONTAINER_CLOSES[event.type] && prev && prev.type === 'MapRunFailed') {
              // a Distributed Map fails with its Map Run's error: AWS records it there, not on MapStateFailed
              current.error = detailsOf(prev).error || current.error;
              current.cause = detailsOf(prev).cause || current.cause;
            } else if (CONTAINER_CLOSES[event.type] && prev) {
              // a Parallel or Map fails with what failed its branch or iteration, the visit before this event
              var failedVisits = lanes[laneOf[prev.id]].visits;
              var culprit = failedVisits[failedVisits.length - 1];
              if (culprit && culprit !== current) {
                current.error = culprit.error;
                current.cause = culprit.cause;
              }
            }
          }
        }
        if (event.type === 'MapRunStarted' && current) {
          mapRuns[details.mapRunArn] = current;
        }
        if (event.type === 'ExecutionFailed' || event.type === 'ExecutionTimedOut'
          || event.type === 'ExecutionAborted') {
          failure = {error: details.error, cause: details.cause, type: event.type};
        }
      }
    });
    var finished = executionStatus && executionStatus !== 'RUNNING';
    visits.forEach(function (visit) {
      visit.retries = Math.max(0, visit.attempts - 1);
      if (!visit.exited) {
        var stopped = failure && failure.type === 'ExecutionAborted';
        if (visit.type === 'Fail' || visit.lastAttemptFailed
          || (finished && failure && !stopped && isLastOpen(visit, visits))) {
          visit.status = 'failed';
          if (!visit.error && failure) { visit.error = failure.error; visit.cause = failure.cause; }
        } else {
          visit.status = finished ? 'aborted' : 'running';
        }
        // it ended when its branch did (a failed or aborted branch), or is still going
        visit.end = finished ? lanes[visit.lane].lastAt : null;
      } else if (visit.lastAttemptFailed) {
        visit.status = 'caught';
      } else {
        visit.status = visit.retries > 0 ? 'retried' : 'succeeded';
      }
    });
    return {visits: visits, failure: failure, mapRuns: mapRuns};
  }

  function top(open, lane) {
    var stack = open[lane] || [];
    return stack.length ? stack[stack.length - 1] : null;
  }

  function newLane(lanes, parent, label) {
    lanes.push({id: lanes.length, parent: parent, label: label, visits: []});
    return lanes.length - 1;
  }

  /**
   * The Parallel or Map state that one of its own events (a start, the next iteration, its close) belongs to: the
   * event follows the last event of a branch or iteration, so its state is the nearest open one of the event's
   * kind up from there. A close passes over a state closed already and one that failed with no event of its own
   * (the close follows its very entry, which AWS's histories never show for a state's own close: its ItemsPath or
   * Parameters failed inside a branch and the enclosing Parallel failed).
   */
  function containerOf(lanes, open, lane, event, prev) {
    var kind = /^(Parallel|Map)/.exec(event.type)[1];
    var closing = CONTAINER_CLOSES[event.type];
    for (var at = lane; at !== null && at !== undefined; at = lanes[at].parent) {
      var stack = open[at] || [];
      for (var i = stack.length - 1; i >= 0; i--) {
        var visit = stack[i];
        if (visit.type === kind && !visit.exited
          && !(closing && (visit.closed || prev && visit.enteredId === prev.id))) { return visit; }
      }
    }
    return null;
  }

  function findOpen(open, lanes, lane, name) {
    for (var at = lane; at !== null && at !== undefined; at = lanes[at].parent) {
      var stack = open[at] || [];
      for (var i = stack.length - 1; i >= 0; i--) {
        if (stack[i].name === name) { return stack.splice(i, 1)[0]; }
      }
    }
    return null;
  }

  function ownerOf(open, lanes, lane) {
    for (var at = lane; at !== null && at !== undefined; at = lanes[at].parent) {
      var visit = top(open, at);
      if (visit) { return visit; }
    }
    return null;
  }

  function isLastOpen(visit, visits) {
    for (var i = visits.length - 1; i >= 0; i--) {
      if (!visits[i].exited) { return visits[i] === visit; }
    }
    return false;
  }

  /** Puts a status class (st-failed, ...) and a retry badge on every state of the graph. */
  function paint(svg, analysis) {
    Array.prototype.forEach.call(svg.querySelectorAll('g.state'), function (group) {
      var state = analysis.states[group.getAttribute('data-state')];
      var status = state ? state.status : 'not-reached';
      group.setAttribute('class', group.getAttribute('class').replace(/\s*st-[a-z-]+/g, '') + ' st-' + status);
      group.setAttribute('data-status', status);
      var old = group.querySelector('.badge');
      if (old) { old.parentNode.removeChild(old); }
      if (state && state.retries > 0) {
        var frame = group.querySelector('rect.frame');
        var x = parseFloat(frame.getAttribute('x')) + parseFloat(frame.getAttribute('width'));
        var y = parseFloat(frame.getAttribute('y'));
        var ns = 'http://www.w3.org/2000/svg';
        var badge = document.createElementNS(ns, 'g');
        badge.setAttribute('class', 'badge');
        var circle = document.createElementNS(ns, 'rect');
        circle.setAttribute('x', x - 44); circle.setAttribute('y', y - 9);
        circle.setAttribute('width', 52); circle.setAttribute('height', 18); circle.setAttribute('rx', 9);
        var text = document.createElementNS(ns, 'text');
        text.setAttribute('x', x - 18); text.setAttribute('y', y + 4); text.setAttribute('text-anchor', 'middle');
        text.textContent = '↻ ' + state.retries + '×';
        badge.appendChild(circle); badge.appendChild(text);
        group.appendChild(badge);
      }
    });
  }

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    for (var key in attributes || {}) { node.setAttribute(key, attributes[key]); }
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function pretty(value) {
    if (value === undefined) { return '—'; }
    return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  }

  var STATUS_WORDS = {succeeded: 'Succeeded', failed: 'Failed', caught: 'Caught', retried: 'Retried',
    running: 'Running', aborted: 'Aborted', 'not-reached': 'Not reached'};

  /** The details of one state: each visit's status, input, output, error and cause. */
  function details(panel, name, analysis) {
    panel.innerHTML = '';
    var state = analysis.states[name];
    panel.appendChild(el('h2', {}, [name]));
    if (!state) {
      panel.appendChild(el('p', {'class': 'status st-not-reached', 'data-status': 'not-reached'}, ['Not reached']));
      return;
    }
    panel.appendChild(el('p', {'class': 'status st-' + state.status, 'data-status': state.status},
      [STATUS_WORDS[state.status] + (state.retries ? ' · retried ' + state.retries + ' time'
        + (state.retries > 1 ? 's' : '') : '') + (state.visits.length > 1 ? ' · ' + state.visits.length
        + ' visits' : '')]));
    state.visits.slice(0, 50).forEach(function (visit, index) {
      var section = el('section', {'class': 'visit'});
      if (state.visits.length > 1) {
        section.appendChild(el('h3', {}, ['Visit ' + (index + 1) + ' · ' + analysis.lanes[visit.lane].label
          + ' · ' + STATUS_WORDS[visit.status]]));
      }
      if (visit.error || visit.cause) {
        section.appendChild(el('h4', {}, ['Error']));
        section.appendChild(el('pre', {'class': 'error'}, [(visit.error || '') + (visit.cause ? '\n' + visit.cause : '')]));
      }
      section.appendChild(el('h4', {}, ['Input']));
      section.appendChild(el('pre', {'class': 'input'}, [pretty(visit.input)]));
      section.appendChild(el('h4', {}, ['Output']));
      section.appendChild(el('pre', {'class': 'output'}, [visit.exited ? pretty(visit.output) : '—']));
      panel.appendChild(section);
    });
    if (state.visits.length > 50) {
      panel.appendChild(el('p', {}, ['… and ' + (state.visits.length - 50) + ' more visits']));
    }
  }

  /** The history as a table: id, type, time since start, the state, and the details. */
  function table(container, events, analysis) {
    container.innerHTML = '';
    var body = el('tbody');
    events.forEach(function (event) {
      var details = detailsOf(event);
      var offset = Math.round(time(event) - analysis.start);
      var summary = Object.keys(details).filter(function (key) { return !/Details$/.test(key); })
        .map(function (key) { return key + ': ' + (typeof details[key] === 'string' ? details[key] : JSON.stringify(details[key])); })
        .join('  ');
      body.appendChild(el('tr', {'class': isFailure(event.type) || /Failed|Aborted|TimedOut/.test(event.type) ? 'bad' : ''}, [
        el('td', {}, [String(event.id)]), el('td', {}, [event.type]), el('td', {}, ['+' + offset + ' ms']),
        // in a box of a few lines that scrolls: an input or output may be 256 KiB, and one made a page metres long
        el('td', {}, [details.name || '']), el('td', {'class': 'summary'}, [el('div', {}, [summary])])]));
    });
    container.appendChild(el('table', {'class': 'history'}, [
      el('thead', {}, [el('tr', {}, [el('th', {}, ['#']), el('th', {}, ['Type']), el('th', {}, ['Time']),
        el('th', {}, ['State']), el('th', {}, ['Details'])])]), body]));
  }

  /**
   * One row per lane (the main path, each Parallel branch, each Map iteration), side by side in time. On a virtual
   * clock no time passes, so the axis falls back to the order of events.
   */
  function timeline(container, analysis, onPick) {
    container.innerHTML = '';
    var span = analysis.end - analysis.start;
    var byOrder = span <= 0;
    var maxId = 1;
    analysis.visits.forEach(function (visit) { maxId = Math.max(maxId, visit.order[1]); });
    function position(visit) {
      if (byOrder) {
        return [visit.order[0] / (maxId + 1), (visit.order[1] - visit.order[0]) / (maxId + 1)];
      }
      var from = (visit.start - analysis.start) / span;
      var to = ((visit.end === null ? analysis.end : visit.end) - analysis.start) / span;
      return [from, to - from];
    }
    container.appendChild(el('p', {'class': 'axis'}, [byOrder ? 'Order of events (no time passed: virtual clock)'
      : 'Time: 0 to ' + span + ' ms']));
    treeOrder(analysis.lanes).forEach(function (lane) {
      if (!lane.visits.length) { return; }
      var track = el('div', {'class': 'track'});
      lane.visits.forEach(function (visit) {
        var place = position(visit);
        var bar = el('div', {'class': 'bar st-' + visit.status, 'data-state': visit.name,
          'title': visit.name + ' · ' + STATUS_WORDS[visit.status],
          'style': 'left:' + (place[0] * 100).toFixed(3) + '%;width:calc(' + (place[1] * 100).toFixed(3) + '% + 3px)'},
          [visit.name]);
        bar.addEventListener('click', function () { onPick(visit.name); });
        track.appendChild(bar);
      });
      container.appendChild(el('div', {'class': 'lane', 'data-lane': lane.label}, [
        el('div', {'class': 'lane-label', 'style': 'padding-left:' + depth(analysis.lanes, lane) * 12 + 'px'},
          [lane.label]), track]));
    });
  }

  /** Each lane followed by the lanes below it: a Map Run's children are read after the whole parent history. */
  function treeOrder(lanes) {
    var below = {};
    lanes.forEach(function (lane) { (below[lane.parent] = below[lane.parent] || []).push(lane); });
    var ordered = [];
    var pending = (below[null] || []).slice().reverse();
    while (pending.length) {
      var lane = pending.pop();
      ordered.push(lane);
      for (var children = below[lane.id] || [], i = children.length - 1; i >= 0; i--) { pending.push(children[i]); }
    }
    return ordered;
  }

  function depth(lanes, lane) {
    var n = 0;
    for (var at = lane.parent; at !== null; at = lanes[at].parent) { n++; }
    return n;
  }

  /**
   * Shows one execution in a page: paints the graph, fills the table and timeline, and opens a state's details on
   * a click. Called again with a newer history (the console, while it runs), it repaints and keeps the selection.
   */
  function mount(root, execution) {
    var analysis = analyse(execution.events, execution.status, execution.mapRuns);
    var svg = root.querySelector('.graph svg');
    var panel = root.querySelector('.details');
    function pick(name) {
      root.setAttribute('data-selected', name);
      Array.prototype.forEach.call(svg.querySelectorAll('g.state'), function (group) {
        group.classList.toggle('selected', group.getAttribute('data-state') === name);
      });
      details(panel, name, analysis);
    }
    if (svg) {
      paint(svg, analysis);
      if (!svg.hasAttribute('data-clickable')) {
        svg.setAttribute('data-clickable', '1');
        svg.addEventListener('click', function (event) {
          var group = event.target.closest('g.state');
          if (group) {
            event.stopPropagation();
            pick(group.getAttribute('data-state'));
          }
        });
      }
    }
    table(root.querySelector('.history-table'), execution.events, analysis);
    timeline(root.querySelector('.timeline'), analysis, pick);
    var selected = root.getAttribute('data-selected');
    if (selected) { pick(selected); }
    return analysis;
  }

  global.StepwiseReport = {analyse: analyse, paint: paint, details: details, table: table, timeline: timeline,
    mount: mount};
})(this);
