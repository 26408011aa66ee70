// The command-center server: HTTP (login, health) and socket.io (push, pull,
// live changes) over one authoritative store.
import { createServer } from 'node:http';
import { Server as SocketServer } from 'socket.io';
import { z } from 'zod';
import { changeBatchSchema, loginRequestSchema, pullRequestSchema, pushRequestSchema, WIRE_EVENTS, } from '../shared/wire.ts';
import { newToken, verifyPassword } from './auth.ts';
import { createLogger } from './log.ts';
import { planMutation } from './mutations.ts';
const MAX_BODY = 64 * 1024;
export function scopeOf(a) {
    if (a.role === 'seat')
        return { townCode: null, departmentId: a.departmentId ?? '-' };
    return { townCode: a.townCode, departmentId: null };
}
function roomsOfScope(s) {
    if (s.departmentId)
        return [`dept:${s.departmentId}`];
    if (s.townCode)
        return [`town:${s.townCode}`];
    return ['all'];
}
const roomsOfChange = (c) => [
    'all',
    ...(c.data.townCode ? [`town:${c.data.townCode}`] : []),
    ...(c.data.departmentId ? [`dept:${c.data.departmentId}`] : []),
];
async function readJson(req) {
    let size = 0;
    const chunks = [];
    for await (const chunk of req) {
        size += chunk.length;
        if (size > MAX_BODY)
            throw new Error('请求体过大');
        chunks.push(chunk);
    }
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}
function send(res, status, body) {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
}
export async function startServer(opts) {
    const { store, locate } = opts;
    const log = opts.logger ?? createLogger({ svc: 'server' });
    const http = createServer(async (req, res) => {
        try {
            if (req.method === 'GET' && req.url === '/api/health')
                return send(res, 200, { ok: true, version: await store.latestVersion() });
            if (req.method === 'POST' && req.url === '/api/login') {
                const parsed = loginRequestSchema.safeParse(await readJson(req));
                if (!parsed.success)
                    return send(res, 400, { ok: false, error: '用户名或密码格式无效' });
                const found = await store.findAccount(parsed.data.username);
                if (!found || !verifyPassword(parsed.data.password, found.passwordHash)) {
                    log.warn('login failed', { username: parsed.data.username });
                    return send(res, 401, { ok: false, error: '用户名或密码错误' });
                }
                const token = newToken();
                await store.createSession(token, found.account.username);
                const { username, displayName, role } = found.account;
                return send(res, 200, { ok: true, token, user: { username, displayName, role } });
            }
            if (req.url?.startsWith('/socket.io'))
                return; // socket.io answers these itself
            send(res, 404, { ok: false, error: 'not found' });
        }
        catch (err) {
            send(res, 400, { ok: false, error: err instanceof Error ? err.message : '请求无效' });
        }
    });
    const io = new SocketServer(http, { maxHttpBufferSize: 1_000_000, serveClient: false, cors: { origin: false } });
    io.use(async (socket, next) => {
        const token = typeof socket.handshake.auth?.token === 'string' ? socket.handshake.auth.token : '';
        const account = token ? await store.findSession(token) : undefined;
        if (!account)
            return next(new Error('unauthorized'));
        socket.data.account = account;
        next();
    });
    const broadcast = (changes) => {
        for (const change of changes) {
            const batch = { after: change.version - 1, changes: [change] };
            io.to(roomsOfChange(change)).emit(WIRE_EVENTS.changes, changeBatchSchema.parse(batch));
        }
    };
    io.on('connection', (socket) => {
        const account = socket.data.account;
        const scope = scopeOf(account);
        void socket.join(roomsOfScope(scope));
        log.info('client connected', { user: account.username, sid: socket.id });
        socket.on(WIRE_EVENTS.push, async (raw, ack) => {
            if (typeof ack !== 'function')
                return;
            const reply = ack;
            const parsed = pushRequestSchema.safeParse(raw);
            if (!parsed.success)
                return reply({ ok: false, error: `推送格式无效: ${z.prettifyError(parsed.error)}` });
            const results = [];
            const applied = [];
            for (const m of parsed.data.mutations) {
                const plan = planMutation(m, { account, locate, now: () => new Date() });
                const outcome = 'error' in plan
                    ? await store.commitMutation(m, account.username, '', () => ({ ok: false, reason: plan.error }))
                    : await store.commitMutation(m, account.username, plan.caseId, plan.decide);
                results.push(outcome.result);
                applied.push(...outcome.changes);
                if (outcome.result.status === 'rejected' && !outcome.duplicate) {
                    log.warn('mutation rejected', { user: account.username, id: m.id, name: m.name, reason: outcome.result.reason });
                }
            }
            reply({ ok: true, results });
            broadcast(applied);
        });
        socket.on(WIRE_EVENTS.pull, async (raw, ack) => {
            if (typeof ack !== 'function')
                return;
            const reply = ack;
            const parsed = pullRequestSchema.safeParse(raw);
            if (!parsed.success)
                return reply({ ok: false, error: `拉取参数无效: ${z.prettifyError(parsed.error)}` });
            const { changes, latest } = await store.pull(parsed.data.after, parsed.data.limit, scope);
            const hasMore = changes.length === parsed.data.limit;
            reply({ ok: true, changes, latest: hasMore ? changes.at(-1).version : latest, hasMore });
        });
        socket.on('disconnect', (reason) => log.info('client disconnected', { user: account.username, reason }));
    });
    await new Promise((resolve) => http.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', resolve));
    const port = http.address().port;
    const url = `http://${opts.host ?? '127.0.0.1'}:${port}`;
    log.info('server listening', { url });
    return {
        url,
        port,
        io,
        async close() {
            await new Promise((resolve) => io.close(() => resolve()));
            await store.close();
        },
    };
}
