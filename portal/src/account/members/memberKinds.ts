/**
 * Users and applications are managed through the same gateway resource (MembersResource), at different
 * collections and with different words; every member component takes one of these.
 */
export interface MemberKind {
  /** The collection under /v1. */
  collection: 'users' | 'applications';
  /** Whether the signed-in caller is this kind of member (an app-only token is an application). */
  application: boolean;
  title: string;
  noun: string;
  addAction: string;
  removeAction: string;
  /** The label of the GUID the API takes as `id`. */
  idLabel: string;
  /** The name field of `NewMember` this kind keeps. */
  nameField: 'userPrincipalName' | 'displayName';
  nameLabel: string;
  removeHint: string;
}

export const USERS: MemberKind = {
  collection: 'users',
  application: false,
  title: 'Users',
  noun: 'user',
  addAction: 'Add user',
  removeAction: 'Remove',
  idLabel: 'Object ID (Azure AD)',
  nameField: 'userPrincipalName',
  nameLabel: 'User principal name',
  removeHint: 'They lose every role here and can no longer sign in to this organization.',
};

export const APPLICATIONS: MemberKind = {
  collection: 'applications',
  application: true,
  title: 'Applications',
  noun: 'application',
  addAction: 'Register application',
  removeAction: 'Unregister',
  idLabel: 'Application (client) ID',
  nameField: 'displayName',
  nameLabel: 'Display name',
  removeHint: 'Integrations that sign in as this application lose access at once.',
};
