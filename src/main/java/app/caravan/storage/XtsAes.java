package app.caravan.storage;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.crypto.Cipher;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

/**
 * The sector cipher of H2's {@code CIPHER=AES} file format, computed with the JDK's AES.
 * <p>
 * H2 encrypts each 4 KiB block with XTS over AES-128, using one key for both the tweak and the
 * data: the tweak of block {@code id} is AES(16-byte little-endian id), multiplied by x in
 * GF(2^128) (little-endian, feedback 0x87) from one 16-byte unit to the next. H2 computes the
 * AES with its own table-driven Java code, one 16-byte call at a time, which made page
 * encryption about 40 % of a bulk import (ADR 0023). Here the tweaks of a whole block are
 * computed first and the block goes through the JDK's AES/ECB in one call (AES-NI intrinsics):
 * the bytes on disk are the same, so existing vaults open unchanged and H2 itself can still
 * open the files we write (tested both ways).
 * <p>
 * Thread-safe: H2 reads pages from several threads at once, and a {@link Cipher} is not
 * thread-safe, so ciphers come from a small pool rather than being shared.
 */
final class XtsAes {
    static final int BLOCK = 4096;
    private static final int UNIT = 16;
    private static final int UNITS = BLOCK / UNIT;
    private static final long FEEDBACK = 0x87;
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final SecretKeySpec key;
    private final ConcurrentLinkedQueue<Work> pool = new ConcurrentLinkedQueue<>();

    /** {@code aesKey} is the 16-byte key; the caller wipes its copy. */
    XtsAes(byte[] aesKey) {
        if (aesKey.length != 16) {
            throw new IllegalArgumentException("H2's XTS uses AES-128: a 16-byte key, not " + aesKey.length);
        }
        this.key = new SecretKeySpec(aesKey, "AES");
    }

    /** Encrypts {@code count} whole blocks at {@code offset}, the first being block {@code firstId}. */
    void encrypt(long firstId, byte[] data, int offset, int count) {
        crypt(firstId, data, offset, count, true);
    }

    /** Decrypts {@code count} whole blocks at {@code offset}, the first being block {@code firstId}. */
    void decrypt(long firstId, byte[] data, int offset, int count) {
        crypt(firstId, data, offset, count, false);
    }

    private void crypt(long firstId, byte[] data, int offset, int count, boolean encrypt) {
        Work work = pool.poll();
        if (work == null) {
            work = new Work(key);
        }
        try {
            for (int b = 0; b < count; b++) {
                work.block(firstId + b, data, offset + b * BLOCK, encrypt);
            }
        } catch (GeneralSecurityException e) {
            // AES/ECB/NoPadding on whole 16-byte units cannot fail: this is a broken JDK.
            throw new IllegalStateException("AES failed on a vault block: " + e.getMessage(), e);
        } finally {
            pool.offer(work);
        }
    }

    /** One thread's ciphers and scratch space. */
    private static final class Work {
        private final Cipher encrypt;
        private final Cipher decrypt;
        private final byte[] tweaks = new byte[BLOCK];
        private final byte[] scratch = new byte[BLOCK];

        Work(SecretKeySpec key) {
            try {
                encrypt = Cipher.getInstance("AES/ECB/NoPadding");
                encrypt.init(Cipher.ENCRYPT_MODE, key);
                decrypt = Cipher.getInstance("AES/ECB/NoPadding");
                decrypt.init(Cipher.DECRYPT_MODE, key);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("This Java runtime has no AES/ECB/NoPadding: " + e.getMessage(), e);
            }
        }

        void block(long id, byte[] data, int offset, boolean forward) throws GeneralSecurityException {
            // Tweak of the first unit: AES of the block number, little-endian in 16 bytes.
            // Input and output are always different arrays: given the same one, the JDK's cipher
            // first copies the input (a tenth of all the memory a bulk import allocated).
            LONG_LE.set(scratch, 0, id);
            LONG_LE.set(scratch, 8, 0L);
            update(encrypt, scratch, 0, UNIT, tweaks, 0);
            long t0 = (long) LONG_LE.get(tweaks, 0);
            long t1 = (long) LONG_LE.get(tweaks, 8);
            for (int u = 0; u < UNITS; u++) {
                int at = u * UNIT;
                LONG_LE.set(tweaks, at, t0);
                LONG_LE.set(tweaks, at + 8, t1);
                LONG_LE.set(scratch, at, (long) LONG_LE.get(data, offset + at) ^ t0);
                LONG_LE.set(scratch, at + 8, (long) LONG_LE.get(data, offset + at + 8) ^ t1);
                // Multiply by x: a 128-bit little-endian shift left, the bit shifted out folds back as 0x87.
                long carry = t1 >>> 63;
                t1 = (t1 << 1) | (t0 >>> 63);
                t0 = (t0 << 1) ^ (FEEDBACK & -carry);
            }
            update(forward ? encrypt : decrypt, scratch, 0, BLOCK, data, offset);
            for (int at = 0; at < BLOCK; at += 8) {
                LONG_LE.set(data, offset + at, (long) LONG_LE.get(data, offset + at) ^ (long) LONG_LE.get(tweaks, at));
            }
        }

        private static void update(Cipher cipher, byte[] in, int inOffset, int length, byte[] out, int outOffset)
                throws ShortBufferException {
            int written = cipher.update(in, inOffset, length, out, outOffset);
            if (written != length) {
                throw new IllegalStateException("AES/ECB returned " + written + " of " + length + " bytes");
            }
        }
    }
}
