// Password hashing and session tokens. scrypt from node:crypto: no native
// add-on to build, parameters stored with each hash so they can be raised later.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
const N = 16384;
const KEYLEN = 32;
export function hashPassword(password) {
    const salt = randomBytes(16);
    const key = scryptSync(password, salt, KEYLEN, { N });
    return `scrypt$${N}$${salt.toString('base64')}$${key.toString('base64')}`;
}
export function verifyPassword(password, stored) {
    const [scheme, n, saltB64, keyB64] = stored.split('$');
    if (scheme !== 'scrypt' || !n || !saltB64 || !keyB64)
        return false;
    const expected = Buffer.from(keyB64, 'base64');
    const key = scryptSync(password, Buffer.from(saltB64, 'base64'), expected.length, { N: Number(n) });
    return timingSafeEqual(key, expected);
}
export const newToken = () => randomBytes(24).toString('base64url');
