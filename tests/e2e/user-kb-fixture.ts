/**
 * A small valid user KB: one person the bundled KB does not know, with a
 * claim linking it to a bundled entity. The options tests import it as a
 * file; the content tests store it as the options page would.
 */
export const GOOD_USER_KB = {
  entities: [
    { id: 'test-person', type: 'person', name: 'Zyxwv Testperson', aliases: ['Testperson'] },
  ],
  claims: [
    {
      id: 'test-claim',
      text: 'Testperson said something about Idlib.',
      entityIds: ['test-person', 'idlib'],
      kind: 'statement',
      sourceId: 'user-source',
    },
  ],
  sources: [{ id: 'user-source', title: 'My notes' }],
};
