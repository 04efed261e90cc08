import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  type GraphDirection,
  graphKeyAction,
  type PlacedNode,
  pickNodeInDirection,
  pickStartNode,
} from './keyboard';

// A plus-shaped layout around 中心, with 远右 further along the right arm and 右上 off its axis.
const nodes: PlacedNode[] = [
  { id: '中心', x: 0, y: 0, degree: 4 },
  { id: '右', x: 10, y: 0, degree: 1 },
  { id: '远右', x: 18, y: 0, degree: 1 },
  { id: '右上', x: 12, y: -8, degree: 2 },
  { id: '左', x: -10, y: 1, degree: 1 },
  { id: '上', x: 0, y: -10, degree: 1 },
  { id: '下', x: 1, y: 10, degree: 6 },
];

const moves: { from: string; direction: GraphDirection; neighbours?: string[]; to: string | null }[] = [
  { from: '中心', direction: 'right', to: '右' },
  { from: '中心', direction: 'left', to: '左' },
  { from: '中心', direction: 'up', to: '上' },
  { from: '中心', direction: 'down', to: '下' },
  // A linked node counts half: 远右 (18 along) beats 右 (10) only when linked and 右 is not.
  { from: '中心', direction: 'right', neighbours: ['远右'], to: '远右' },
  { from: '中心', direction: 'right', neighbours: ['远右', '右'], to: '右' },
  // Within 45° first: from 右, up goes to 右上 (2 across, 8 along), not to 上 (10 across).
  { from: '右', direction: 'up', to: '右上' },
  // Nothing within 45° to the left of 左: the side beyond is empty too.
  { from: '左', direction: 'left', to: null },
  // Nothing within 45° above 右上: the best node on that side (上, 2 up and 12 across).
  { from: '右上', direction: 'up', to: '上' },
  // From 远右 leftwards: 右 on the axis (8 along); 右上 is beyond 45° (6 along, 8 across).
  { from: '远右', direction: 'left', to: '右' },
  { from: '不存在', direction: 'left', to: null },
];

for (const row of moves) {
  test(`graph keyboard: ${row.from} ${row.direction}${row.neighbours ? ` (linked: ${row.neighbours.join('、')})` : ''}`, () => {
    assert.equal(pickNodeInDirection(nodes, row.from, row.direction, new Set(row.neighbours)), row.to);
  });
}

test('graph keyboard: where focus starts', () => {
  assert.equal(pickStartNode(nodes, '右'), '右');
  assert.equal(pickStartNode(nodes), '下');
  assert.equal(pickStartNode(nodes, '不在图里'), '下');
  assert.equal(pickStartNode([]), null);
  assert.equal(
    pickStartNode([
      { id: '甲', x: 0, y: 0, degree: 2 },
      { id: '乙', x: 1, y: 1, degree: 2 },
    ]),
    '甲',
  );
});

test('graph keyboard: keys', () => {
  const rows: [string, boolean, string | null][] = [
    ['ArrowLeft', false, 'move'],
    ['Enter', false, 'open'],
    ['+', false, 'zoom'],
    ['=', false, 'zoom'],
    ['-', false, 'zoom'],
    ['Home', false, 'start'],
    ['Escape', false, 'leave'],
    ['Tab', false, null],
    ['a', false, null],
    ['ArrowLeft', true, null],
  ];
  for (const [key, modifiers, kind] of rows)
    assert.equal(graphKeyAction(key, modifiers)?.kind ?? null, kind, key);
  const zoomIn = graphKeyAction('+');
  const zoomOut = graphKeyAction('-');
  assert.ok(zoomIn?.kind === 'zoom' && zoomIn.factor > 1);
  assert.ok(zoomOut?.kind === 'zoom' && zoomOut.factor < 1);
});
