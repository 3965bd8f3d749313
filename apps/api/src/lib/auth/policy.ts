// Who may call what: ONE table, keyed by method and route pattern exactly as Hono registered it.
// The access guard reads only this table. A GET that is not listed is a read ('read': public
// unless HAMGEN_PUBLIC_READ=false); ANY other method that is not listed is refused, so a new
// write route without a rule fails closed (and the role-matrix test fails until it gets one).
import type { UserRole } from '@hamgen/shared';

export type Access =
  /** Anyone, signed in or not, whatever HAMGEN_PUBLIC_READ says. */
  | 'public'
  /** Anyone while reading is public; otherwise any signed-in user. */
  | 'read'
  /** The user named by the route's `:id`, or an admin. */
  | 'self-or-admin'
  | 'editor'
  | 'admin'
  /** No session: the machine itself, or a client with HAMGEN_METRICS_TOKEN (Prometheus). */
  | 'loopback-or-token';

export const POLICY: Readonly<Record<string, Access>> = {
  'GET /api/health': 'public',
  'GET /api/ready': 'public',
  'GET /metrics': 'loopback-or-token',
  'GET /api/auth/me': 'public',
  // The API's description hides nothing the policy does not already allow; it stays readable
  // when reading is private, so an analyst can see what signing in would give.
  'GET /api/openapi.json': 'public',
  'GET /api/docs': 'public',
  'GET /api/docs/docs.js': 'public',
  'GET /api/docs/docs.css': 'public',
  'GET /api/stats/compare': 'read',
  'POST /api/auth/login': 'public',
  // Logout without a session only clears the cookie; with one it needs the CSRF token.
  'POST /api/auth/logout': 'public',

  'POST /api/organizations': 'editor',
  'PATCH /api/organizations/:id': 'editor',
  'DELETE /api/organizations/:id': 'editor',
  'POST /api/meetings': 'editor',
  'PATCH /api/meetings/:id': 'editor',
  'DELETE /api/meetings/:id': 'editor',
  'POST /api/decisions': 'editor',
  'PATCH /api/decisions/:id': 'editor',
  'DELETE /api/decisions/:id': 'editor',

  'POST /api/import/organizations': 'editor',
  'GET /api/import/organizations/template.xlsx': 'editor',
  'GET /api/import/organizations/template.csv': 'editor',

  'GET /api/users': 'admin',
  'POST /api/users': 'admin',
  'PATCH /api/users/:id': 'admin',
  'POST /api/users/:id/password': 'self-or-admin',
  'POST /api/users/:id/password-reset': 'admin',
  'GET /api/users/:id/sessions': 'admin',
  'DELETE /api/users/:id/sessions': 'admin',

  'GET /api/audit': 'admin',
  'GET /api/backups': 'admin',
  'GET /api/audit/export.csv': 'admin',

  'POST /api/meetings/:id/attachments': 'editor',
  'DELETE /api/meetings/:id/attachments/:attachmentId': 'editor',
};

/**
 * The writes a user whose password must be changed may still make: choosing the new one (their
 * own, the guard checks `:id`), and signing in or out. Everything else waits for it.
 */
export const ALLOWED_BEFORE_PASSWORD_CHANGE: ReadonlySet<string> = new Set([
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'POST /api/users/:id/password',
]);

const RANK: Record<UserRole, number> = { viewer: 1, editor: 2, admin: 3 };

/** The rule for a request, or 'deny' for a non-GET route the table does not name. */
export function accessFor(method: string, pattern: string | undefined): Access | 'deny' {
  const rule = pattern === undefined ? undefined : POLICY[`${method} ${pattern}`];
  if (rule) return rule;
  return method === 'GET' ? 'read' : 'deny';
}

export function needsSession(access: Access, publicRead: boolean): boolean {
  return access !== 'public' && !(access === 'read' && publicRead);
}

export function roleAllows(access: Access, role: UserRole, isSelf: boolean): boolean {
  switch (access) {
    case 'public':
    case 'read':
      return true;
    case 'self-or-admin':
      return isSelf || role === 'admin';
    case 'editor':
      return RANK[role] >= RANK.editor;
    case 'admin':
      return role === 'admin';
    case 'loopback-or-token':
      return false;
  }
}
