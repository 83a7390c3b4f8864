package dev.affectrec.server.emotion;

import dev.affectrec.api.emotion.EmotionReading;
import dev.affectrec.api.emotion.Modality;
import dev.affectrec.api.emotion.Subject;
import dev.affectrec.fusion.EmotionHistory;
import dev.affectrec.fusion.FusionConfig;
import dev.affectrec.fusion.FusionResult;
import dev.affectrec.fusion.LateFusion;
import dev.affectrec.fusion.profile.ItemEmotionProfile;
import dev.affectrec.fusion.profile.ItemProfileConfig;
import dev.affectrec.fusion.profile.ItemProfiles;
import dev.affectrec.server.http.ApiException;
import dev.affectrec.server.http.BoundedBody;
import dev.affectrec.server.http.MultipartForm;
import dev.affectrec.serving.StateTime;
import dev.affectrec.serving.privacy.ConsentPolicy;
import dev.affectrec.serving.privacy.UserIds;
import dev.affectrec.serving.view.EmotionViews;
import dev.affectrec.store.EventStore;
import dev.affectrec.vision.face.FaceConsent;
import dev.affectrec.vision.face.FaceEmotionService;
import dev.affectrec.vision.face.ImageFaces;
import dev.affectrec.vision.image.ImageDecodeException;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /v1/emotion/face} and {@code GET /v1/users/{id}/emotion}.
 *
 * <p>Face: the image is the raw body or the multipart field {@code image}, at most {@link
 * #MAX_IMAGE_BYTES}; the body is read into memory with the limit enforced while reading (413 as
 * soon as it is passed), parsed by {@link MultipartForm} when multipart, decoded and analysed in
 * memory, and never written anywhere (not even to the temp directory). With {@code ?user=ID} the
 * readings are stored for that user, which needs their recorded face consent (403 otherwise);
 * without it nothing is stored. Emotion: the user's readings of every modality fused now, with each
 * modality's contribution, measured disagreement, the fused trajectory and the per-modality series
 * of the readings themselves. Thread-safe.
 */
public final class EmotionHandlers {
  /** Largest image accepted: 10 MiB. */
  public static final long MAX_IMAGE_BYTES = 10L << 20;

  /**
   * What a multipart body may hold beyond {@link #MAX_IMAGE_BYTES}: boundaries, part headers and
   * small other fields (64 KiB).
   */
  public static final long MULTIPART_ALLOWANCE = 64L << 10;

  private static final int MAX_READINGS = 1_000;

  private final EventStore store;
  private final UserIds userIds;
  private final ConsentPolicy consent;
  private final FaceModelHolder faces;
  private final FusionConfig fusion;
  private final Clock clock;

  /**
   * Handlers over {@code store}; face models are loaded from {@code faceModels} (and the ONNX file
   * of {@code detector}, if any) on first use.
   */
  public EmotionHandlers(
      EventStore store,
      UserIds userIds,
      ConsentPolicy consent,
      Path faceModels,
      dev.affectrec.vision.detect.DetectorChoice detector,
      FusionConfig fusion,
      Clock clock) {
    this.store = store;
    this.userIds = userIds;
    this.consent = consent;
    this.faces = new FaceModelHolder(faceModels, detector);
    this.fusion = fusion;
    this.clock = clock;
  }

  /** Analyses one image; stores the readings for a consenting {@code ?user=}. */
  public void face(Context ctx) throws IOException {
    String clientUser = ctx.queryParam("user");
    String user = clientUser == null || clientUser.isBlank() ? null : userIds.stored(clientUser);
    if (user != null) {
      if (store.user(user).isEmpty()) {
        throw ApiException.notFound("no user with id '" + clientUser + "'");
      }
      if (!consent.allows(user, Modality.FACE)) {
        throw ApiException.forbidden(
            "user '"
                + clientUser
                + "' has not consented to face processing (PUT /v1/users/{id}/consent {\"face\": true})");
      }
    }
    byte[] image = imageBytes(ctx);
    FaceEmotionService service = faces.get();
    ImageFaces result;
    try {
      result = service.analyze("upload", image, FaceConsent.GRANTED);
    } catch (ImageDecodeException e) {
      throw ApiException.invalid("image", e.getMessage());
    }
    if (user != null && !result.faces().isEmpty()) {
      store.putReadings(FaceEmotionService.readings(result, Subject.user(user), clock.instant()));
    }
    ctx.contentType("application/json").result(result.toJson());
  }

  /**
   * The image: the raw body, or the part named {@code image} of a {@code multipart/form-data} body.
   * Either is read into memory with the limit enforced while reading (a multipart body may exceed
   * the image limit by {@link #MULTIPART_ALLOWANCE} for its boundaries, headers and other fields)
   * and never written to disk; a body that is not valid multipart is a 400 naming the problem.
   */
  private static byte[] imageBytes(Context ctx) {
    String type = ctx.contentType();
    if (type == null
        || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
      return BoundedBody.read(ctx, MAX_IMAGE_BYTES);
    }
    MultipartForm.Part image;
    try {
      String boundary = MultipartForm.boundary(type);
      byte[] body = BoundedBody.read(ctx, MAX_IMAGE_BYTES + MULTIPART_ALLOWANCE);
      image =
          MultipartForm.find(MultipartForm.parse(body, boundary), "image")
              .orElseThrow(
                  () ->
                      ApiException.invalid(
                          "image", "the multipart body has no part named 'image'"));
    } catch (MultipartForm.MalformedException e) {
      throw ApiException.invalid(
          "body",
          "the multipart/form-data body cannot be parsed ("
              + e.getMessage()
              + "); send the image as the part named 'image' with the boundary the Content-Type"
              + " declares, or send the raw image bytes");
    }
    if (image.content().length > MAX_IMAGE_BYTES) {
      throw ApiException.tooLarge(
          "the image is larger than the limit of " + MAX_IMAGE_BYTES + " bytes");
    }
    return image.content();
  }

  /**
   * An item's emotional profile now: the confidence-weighted mean of the readings of events about
   * it (its reviews), with counts per polarity and the trend of recent against older readings.
   */
  public void itemEmotion(Context ctx) {
    String item = ctx.pathParam("id");
    if (store.item(item).isEmpty()) {
      throw ApiException.notFound("no item with id '" + item + "'");
    }
    List<EmotionReading> readings = store.readingsAboutItem(item, MAX_READINGS);
    ItemEmotionProfile profile =
        ItemProfiles.profile(item, readings, clock.instant(), ItemProfileConfig.defaults());
    ctx.json(EmotionViews.itemProfile(profile));
  }

  /**
   * The user's fused state at their newest event or reading (never later than now, see {@link
   * StateTime}), with contributions, disagreement and trajectory.
   */
  public void userEmotion(Context ctx) {
    String clientUser = ctx.pathParam("id");
    String user = userIds.stored(clientUser);
    if (store.user(user).isEmpty()) {
      throw ApiException.notFound("no user with id '" + clientUser + "'");
    }
    List<EmotionReading> readings = store.readingsOf(Subject.user(user), MAX_READINGS);
    Instant at = StateTime.of(store, user, readings, clock.instant());
    FusionResult current = LateFusion.fuse(user, readings, at, fusion);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("user", clientUser);
    out.put("readings", readings.size());
    out.put("state", EmotionViews.state(current));
    out.put(
        "trajectory",
        EmotionHistory.trajectory(user, readings, fusion).stream()
            .map(EmotionViews::point)
            .toList());
    out.put("series", readings.stream().map(EmotionViews::reading).toList());
    ctx.json(out);
  }
}
