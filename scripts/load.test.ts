import assert from 'node:assert/strict';
import { test } from 'node:test';
import { burstSettled, memoryStopped } from './load';

test('memory that steps up once and then stays put has stopped growing', () => {
  assert.equal(memoryStopped(295, []), false, 'nothing followed yet');
  assert.equal(memoryStopped(295, [300]), true, 'flat in the first window');
  // The CI run that climbed to its plateau late: 255 MB at 10 s, 295 at the minute's end, 395 after 30 s.
  assert.equal(memoryStopped(295, [395]), false);
  assert.equal(memoryStopped(295, [395, 405]), true);
  assert.equal(memoryStopped(295, [395, 470, 480]), true);
});

test('memory that keeps growing by 5 % or more a window has not', () => {
  assert.equal(memoryStopped(300, [320, 340, 360]), false);
  assert.equal(memoryStopped(300, [316, 332, 349]), false);
  assert.equal(memoryStopped(300, [315]), true, 'exactly 5 % counts as stopped');
});

test('memory after bursts of unknown URLs: settled once a burst adds less than 20 MB', () => {
  // The CI run whose one burst went from 275 to 339 MB: a further burst that leaves it there passes.
  assert.equal(burstSettled(339, [345]), true);
  assert.equal(burstSettled(339, []), false, 'nothing followed yet');
  assert.equal(burstSettled(339, [380, 390]), true, 'a second step, then flat');
  // A leak grows with every burst.
  assert.equal(burstSettled(339, [400, 460]), false);
});
