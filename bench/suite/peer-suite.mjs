// The test-suite workload on the peer, aws-local-stepfunctions: the cases of cases.json, each the way a test of it
// would run: the StateMachine of the case's definition, its Tasks replaced by the case's mocks (per state name), its Wait
// states and retry intervals set to 0 ms (the peer has no virtual clock), run once, then the same assertions as
// SuiteRun.java. compare.sh times the whole Node process.
// usage: node peer-suite.mjs <cases.json> <definitions-dir>   (run from a folder whose node_modules has the peer)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { StateMachine } from 'aws-local-stepfunctions';

const start = performance.now();
const [casesFile, definitions] = process.argv.slice(2);
const cases = JSON.parse(readFileSync(casesFile, 'utf8')).cases;

class MockError extends Error {
  constructor(name, cause) { super(cause ?? ''); this.name = name; }
}

// The n-th call answers with the n-th outcome; the last repeats.
function mock(outcomes) {
  let calls = 0;
  return (input) => {
    const outcome = outcomes[Math.min(calls++, outcomes.length - 1)];
    if ('error' in outcome) throw new MockError(outcome.error, outcome.cause);
    if ('select' in outcome) return input[outcome.select];
    return outcome.result;
  };
}

// Every Wait and every state with a Retry, at any depth, gets 0 ms.
function zeroDelays(states, waits, retries) {
  for (const [name, state] of Object.entries(states)) {
    if (state.Type === 'Wait') waits[name] = 0;
    if (state.Retry) retries[name] = 0;
    for (const branch of state.Branches ?? []) zeroDelays(branch.States, waits, retries);
    const processor = state.ItemProcessor ?? state.Iterator;
    if (processor) zeroDelays(processor.States, waits, retries);
  }
}

// JSON equality with numbers by value (as JsonComparison in Java).
function same(a, b) {
  if (typeof a === 'number' || typeof b === 'number') return a === b;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a), kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => k in b && same(a[k], b[k]));
}

function at(document, dotted) {
  let node = document;
  for (const step of dotted.split('.')) {
    if (node === undefined || node === null) return undefined;
    node = node[Array.isArray(node) && /^\d+$/.test(step) ? Number(step) : step];
  }
  return node;
}

// One StateMachine per definition, made on first use (its construction validates the definition, which costs the
// peer more than a run): the peer's side is not charged 50 validations where a test class would share one.
const machines = new Map();
function machineOf(workflow) {
  if (!machines.has(workflow)) {
    const definition = JSON.parse(readFileSync(join(definitions, `${workflow}.asl.json`), 'utf8'));
    machines.set(workflow, { definition, machine: new StateMachine(definition) });
  }
  return machines.get(workflow);
}

async function run(testCase) {
  const { definition, machine } = machineOf(testCase.workflow);
  const taskResourceLocalHandlers = {};
  for (const [state, outcomes] of Object.entries(testCase.mocks)) taskResourceLocalHandlers[state] = mock(outcomes);
  const waitTimeOverrides = {}, retryIntervalOverrides = {};
  zeroDelays(definition.States, waitTimeOverrides, retryIntervalOverrides);
  const execution = machine.run(testCase.input, { overrides: { taskResourceLocalHandlers, waitTimeOverrides, retryIntervalOverrides } });
  let status = 'SUCCEEDED', output, error, cause;
  try {
    output = await execution.result;
  } catch (e) {
    status = 'FAILED';
    error = e.name === 'ExecutionError' || e.constructor?.name === 'ExecutionError' ? e.cause?.name ?? e.name : e.name;
    cause = e.cause?.message ?? e.message;
  }
  const expect = testCase.expect;
  if (status !== expect.status) return `status ${status} (${error}: ${cause}), expected ${expect.status}`;
  if ('error' in expect && error !== expect.error) return `error ${error}, expected ${expect.error}`;
  if ('cause' in expect && cause !== expect.cause) return `cause ${cause}, expected ${expect.cause}`;
  if ('output' in expect && !same(expect.output, output)) return `output ${JSON.stringify(output)}, expected ${JSON.stringify(expect.output)}`;
  for (const [path, value] of Object.entries(expect.fields ?? {})) {
    const actual = at(output, path);
    if (!same(value, actual)) return `${path} is ${JSON.stringify(actual)}, expected ${JSON.stringify(value)}`;
  }
  return null;
}

const failures = [];
for (const testCase of cases) {
  const failure = await run(testCase);
  if (failure) failures.push(`${testCase.name}: ${failure}`);
}
for (const f of failures) console.error(f);
console.log(JSON.stringify({ tool: 'aws-local-stepfunctions', cases: cases.length, failed: failures.length, inProcessMs: +(performance.now() - start).toFixed(1) }));
process.exit(failures.length ? 1 : 0);
