package app.caravan.exchange;

import app.caravan.domain.Acknowledgement;
import app.caravan.domain.Attachment;
import app.caravan.domain.City;
import app.caravan.domain.IdentifiedInterview;
import app.caravan.domain.Profession;
import app.caravan.domain.ReviewState;
import app.caravan.domain.Theme;
import app.caravan.domain.Tombstone;
import java.util.List;
import java.util.UUID;

/**
 * A bundle that decrypted, whose signature verified and whose every entry matched the manifest.
 * {@code signerKey} is the raw Ed25519 key that signed it: the caller compares it with the key
 * it knows for {@code manifest().deviceId()}, or records it on first use.
 */
public record Bundle(BundleManifest manifest, byte[] signerKey, String signerFingerprint, List<City> newCities,
        List<Profession> newProfessions, List<Theme> newThemes, List<IdentifiedInterview> interviews,
        List<UUID> withdrawn, List<Tombstone> tombstones, List<Attachment> attachments,
        List<Acknowledgement> acknowledged, List<ReviewState> reviews) {
    public Bundle {
        signerKey = signerKey.clone();
        newCities = List.copyOf(newCities);
        newProfessions = List.copyOf(newProfessions);
        newThemes = List.copyOf(newThemes);
        interviews = List.copyOf(interviews);
        withdrawn = List.copyOf(withdrawn);
        tombstones = List.copyOf(tombstones);
        attachments = List.copyOf(attachments);
        acknowledged = List.copyOf(acknowledged);
        reviews = List.copyOf(reviews);
    }

    @Override
    public byte[] signerKey() {
        return signerKey.clone();
    }
}
