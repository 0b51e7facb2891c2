/**
 * A software authenticator for the server's passkey tests: an ES256 key made with node:crypto,
 * answers encoded exactly as a browser sends them (WebAuthn Level 2, attestation "none"), so the
 * server's real verification runs on them. Each part can be given wrong on purpose.
 */
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';

const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64url');

/** Just enough CBOR for attestation objects and COSE keys: maps, ints, byte and text strings. */
function cbor(value: unknown): Buffer {
  const head = (major: number, length: number): Buffer => {
    if (length < 24) return Buffer.from([(major << 5) | length]);
    if (length < 256) return Buffer.from([(major << 5) | 24, length]);
    return Buffer.from([(major << 5) | 25, length >> 8, length & 0xff]);
  };
  if (typeof value === 'number') return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (typeof value === 'string') return Buffer.concat([head(3, Buffer.byteLength(value)), Buffer.from(value)]);
  if (value instanceof Uint8Array) return Buffer.concat([head(2, value.length), value]);
  if (value instanceof Map) {
    return Buffer.concat([head(5, value.size), ...[...value].flatMap(([key, item]) => [cbor(key), cbor(item)])]);
  }
  throw new Error(`cbor: cannot encode ${typeof value}`);
}

export interface Ceremony {
  origin?: string;
  rpId?: string;
  challenge: string;
  /** Sign with another key than the credential's (someone else's authenticator). */
  key?: KeyObject;
  userHandle?: string;
}

export class SoftAuthenticator {
  readonly credentialId = randomBytes(16);
  readonly keys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  counter = 0;

  constructor(readonly origin: string, readonly rpId: string) {}

  get id(): string {
    return b64(this.credentialId);
  }

  private authData(rpId: string, flags: number, attested?: Buffer): Buffer {
    const count = Buffer.alloc(4);
    count.writeUInt32BE(this.counter);
    return Buffer.concat([createHash('sha256').update(rpId).digest(), Buffer.from([flags]), count, ...(attested ? [attested] : [])]);
  }

  private clientData(type: string, ceremony: Ceremony): Buffer {
    return Buffer.from(JSON.stringify({ type, challenge: ceremony.challenge, origin: ceremony.origin ?? this.origin, crossOrigin: false }));
  }

  /** What `startRegistration` returns for these options. */
  register(ceremony: Ceremony): Record<string, unknown> {
    const jwk = this.keys.publicKey.export({ format: 'jwk' });
    const cose = cbor(new Map<number, unknown>([[1, 2], [3, -7], [-1, 1], [-2, Buffer.from(jwk.x as string, 'base64url')], [-3, Buffer.from(jwk.y as string, 'base64url')]]));
    const length = Buffer.alloc(2);
    length.writeUInt16BE(this.credentialId.length);
    const attested = Buffer.concat([Buffer.alloc(16), length, this.credentialId, cose]);
    // User present, user verified, attested credential data included.
    const authData = this.authData(ceremony.rpId ?? this.rpId, 0x01 | 0x04 | 0x40, attested);
    const attestationObject = cbor(new Map<string, unknown>([['fmt', 'none'], ['attStmt', new Map()], ['authData', authData]]));
    return {
      id: this.id,
      rawId: this.id,
      type: 'public-key',
      response: { clientDataJSON: b64(this.clientData('webauthn.create', ceremony)), attestationObject: b64(attestationObject), transports: ['internal'] },
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
    };
  }

  /** What `startAuthentication` returns: the assertion signed by this key (or `ceremony.key`). */
  assert(ceremony: Ceremony & { accountId: string }): Record<string, unknown> {
    this.counter += 1;
    const authData = this.authData(ceremony.rpId ?? this.rpId, 0x01 | 0x04);
    const clientData = this.clientData('webauthn.get', ceremony);
    const signature = sign('sha256', Buffer.concat([authData, createHash('sha256').update(clientData).digest()]), ceremony.key ?? this.keys.privateKey);
    return {
      id: this.id,
      rawId: this.id,
      type: 'public-key',
      response: {
        clientDataJSON: b64(clientData),
        authenticatorData: b64(authData),
        signature: b64(signature),
        userHandle: b64(ceremony.userHandle ?? ceremony.accountId),
      },
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
    };
  }
}
