package nl.zuil.backend.signin.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.io.IOException;
import java.net.URI;
import nl.zuil.backend.access.StaffUser;
import nl.zuil.backend.region.Regions;

/**
 * Sign-in through the region's identity provider: OpenID Connect's authorization code flow with
 * PKCE (S256), a state and a nonce per attempt (decision 0215). The provider's endpoints and keys
 * come from its discovery document; the ID token's signature is checked against its JWKS, and its
 * issuer, audience (our client id), expiry and nonce by Nimbus' {@link IDTokenValidator}, not by
 * our own code. Only RS256 is accepted, the algorithm Entra ID, Keycloak and ADFS sign with.
 */
public final class ProviderLogin {

  private static final int TIMEOUT_MS = 10_000;

  private final OidcSettings settings;
  private final ClaimMapping mapping;
  private volatile Provider provider;

  /** One attempt, kept by the caller between leaving for the provider and coming back. */
  public record Attempt(String state, String nonce, String codeVerifier) {}

  /** Where to send the browser, and what to keep until it comes back. */
  public record Started(URI authorizationUri, Attempt attempt) {}

  private record Provider(OIDCProviderMetadata metadata, IDTokenValidator validator) {}

  /**
   * @throws IllegalArgumentException when the configured region does not exist
   */
  public ProviderLogin(OidcSettings settings, Regions regions) {
    if (regions.name(settings.regionCode()).isEmpty()) {
      throw new IllegalArgumentException(
          "region " + settings.regionCode() + " (--oidc-region) does not exist");
    }
    this.settings = settings;
    this.mapping = new ClaimMapping(settings, regions);
  }

  /**
   * A fresh attempt.
   *
   * @throws SignInRefused when the provider's discovery document cannot be read
   */
  public Started start() throws SignInRefused {
    OIDCProviderMetadata metadata = provider().metadata();
    State state = new State();
    Nonce nonce = new Nonce();
    CodeVerifier verifier = new CodeVerifier();
    AuthenticationRequest request =
        new AuthenticationRequest.Builder(
                new ResponseType(ResponseType.Value.CODE),
                new Scope("openid", "profile"),
                new ClientID(settings.clientId()),
                settings.redirectUri())
            .endpointURI(metadata.getAuthorizationEndpointURI())
            .state(state)
            .nonce(nonce)
            .codeChallenge(verifier, CodeChallengeMethod.S256)
            .build();
    return new Started(
        request.toURI(), new Attempt(state.getValue(), nonce.getValue(), verifier.getValue()));
  }

  /**
   * Redeems the code the provider sent back for this attempt and checks the ID token.
   *
   * @throws SignInRefused when anything is wrong, or the token gives no Zuil role
   */
  public StaffUser finish(String code, Attempt attempt) throws SignInRefused {
    Provider current = provider();
    TokenRequest request =
        new TokenRequest(
            current.metadata().getTokenEndpointURI(),
            new ClientSecretBasic(
                new ClientID(settings.clientId()), new Secret(settings.clientSecret())),
            new AuthorizationCodeGrant(
                new AuthorizationCode(code),
                settings.redirectUri(),
                new CodeVerifier(attempt.codeVerifier())));
    TokenResponse response;
    try {
      HTTPRequest http = request.toHTTPRequest();
      http.setConnectTimeout(TIMEOUT_MS);
      http.setReadTimeout(TIMEOUT_MS);
      response = OIDCTokenResponseParser.parse(http.send());
    } catch (IOException | ParseException e) {
      throw SignInRefused.failed("token endpoint unreachable or unreadable: " + e.getMessage(), e);
    }
    if (!response.indicatesSuccess()) {
      ErrorObject error = response.toErrorResponse().getErrorObject();
      throw SignInRefused.failed("token endpoint refused the code: " + error.getCode());
    }
    JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
    if (idToken == null) {
      throw SignInRefused.failed("token endpoint sent no ID token");
    }
    try {
      return mapping.user(
          current.validator().validate(idToken, new Nonce(attempt.nonce())).toJWTClaimsSet());
    } catch (BadJOSEException | JOSEException e) {
      throw SignInRefused.failed("ID token refused: " + e.getMessage(), e);
    } catch (ParseException e) {
      throw SignInRefused.failed("ID token claims unreadable", e);
    }
  }

  /** The discovery document, read once; read again on the next attempt after a failure. */
  private Provider provider() throws SignInRefused {
    Provider known = provider;
    if (known != null) {
      return known;
    }
    try {
      OIDCProviderMetadata metadata =
          OIDCProviderMetadata.resolve(
              new Issuer(settings.issuer().toString()), TIMEOUT_MS, TIMEOUT_MS);
      IDTokenValidator validator =
          new IDTokenValidator(
              metadata.getIssuer(),
              new ClientID(settings.clientId()),
              JWSAlgorithm.RS256,
              metadata.getJWKSetURI().toURL());
      known = new Provider(metadata, validator);
      provider = known;
      return known;
    } catch (GeneralException | IOException e) {
      throw SignInRefused.failed("discovery at " + settings.issuer() + " failed: " + e, e);
    }
  }
}
