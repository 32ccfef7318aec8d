package org.example.gov.hotline.open311;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.example.gov.hotline.category.Category;
import org.example.gov.hotline.category.CategoryService;
import org.example.gov.hotline.ticket.Caller;
import org.example.gov.hotline.ticket.Channel;
import org.example.gov.hotline.ticket.Location;
import org.example.gov.hotline.ticket.NewTicket;
import org.example.gov.hotline.ticket.TicketService;
import org.example.gov.hotline.ticket.Urgency;
import org.example.gov.platform.personal.PersonName;
import org.example.gov.platform.personal.PhoneNumber;
import org.example.gov.platform.personal.crypto.PersonalDataCipher;
import org.example.gov.platform.scope.RegionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;
import org.example.gov.platform.digest.Sha256;

/**
 * GeoReport v2 on top of the hotline: leaf categories are the services, tickets the service requests. A POST goes
 * through the same intake as every other channel ({@link TicketService#create}, channel APP, the client acting as an
 * online caller), so duplicates, deadlines, events and dispatch apply unchanged; what Open311 adds (token,
 * attributes, media URL, the sealed e-mail) is stored in the same transaction.
 */
@Service
public class Open311Service {

    private final CategoryService categories;
    private final TicketService tickets;
    private final Open311Repository repository;
    private final Jurisdictions jurisdictions;
    private final PersonalDataCipher cipher;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;

    public Open311Service(CategoryService categories, TicketService tickets, Open311Repository repository,
            Jurisdictions jurisdictions, PersonalDataCipher cipher, TransactionTemplate transactions, JsonMapper json,
            Clock clock) {
        this.categories = categories;
        this.tickets = tickets;
        this.repository = repository;
        this.jurisdictions = jurisdictions;
        this.cipher = cipher;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    /** A service of the list: the leaf and its group (the level-1 category's name). */
    public record ServiceEntry(Category category, String group, String path) {
    }

    /** The services of a jurisdiction (the tree is the province's, so every known jurisdiction has the same). */
    public List<ServiceEntry> services(String jurisdictionId) {
        jurisdictions.check(jurisdictionId);
        List<Category> tree = categories.tree();
        Map<String, String> names = tree.stream().collect(Collectors.toMap(Category::code,
                Category::name));
        return tree.stream().filter(Category::isLeaf).map(c -> new ServiceEntry(c, names.get(c.code().substring(0, 2)),
                names.get(c.code().substring(0, 2)) + " / " + names.get(c.code().substring(0, 4)) + " / " + c.name()))
                .toList();
    }

    /** A service's definition: its attributes; 404 for an unknown or retired service. */
    public List<ServiceAttribute> definition(String jurisdictionId, String serviceCode) {
        jurisdictions.check(jurisdictionId);
        categories.leaf(serviceCode).orElseThrow(() -> Open311Exception.notFound("service_code not found"));
        return ServiceAttributes.of(serviceCode);
    }

    /** The client an api_key belongs to; 403 without one or for a key that is not (or no longer) active. */
    public Open311Client client(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw Open311Exception.forbidden("api_key is required");
        }
        return repository.clientOfKey(Sha256.hex(apiKey.strip()))
                .orElseThrow(() -> Open311Exception.forbidden("Invalid api_key received"));
    }

    /**
     * The configured clients' keys become the active ones in table open311_api_key (at start-up); keys no longer
     * configured are deactivated, never deleted. A value that is not a SHA-256 stops the start: a raw key in the
     * configuration is a leaked key.
     */
    public void provisionKeys(Map<String, ConfiguredClient> configured) {
        Map<String, Open311Client> byHash = new HashMap<>();
        configured.forEach((id, c) -> {
            for (String hash : c.keySha256() == null ? List.<String>of() : c.keySha256()) {
                String h = hash == null ? "" : hash.strip().toLowerCase(Locale.ROOT);
                if (!h.matches("[0-9a-f]{64}")) {
                    throw new IllegalStateException("platform.hotline.open311.clients." + id
                            + ".key-sha256 holds SHA-256 hashes (64 hex digits), never the key");
                }
                byHash.put(h, new Open311Client(id, c.kind() == null ? ClientKind.APP : c.kind(),
                        c.name() == null || c.name().isBlank() ? id : c.name().strip()));
            }
        });
        transactions.executeWithoutResult(status -> repository.provisionKeys(byHash, clock.instant()));
    }

    /** What a POST answers: the request id (the ticket number) and the token it can also be looked up by. */
    public record Accepted(String serviceRequestId, String token) {
    }

    public Accepted submit(Open311Client client, Submission s) {
        RegionCode region = jurisdictions.forSubmission(s.jurisdictionId());
        if (s.serviceCode() == null || s.serviceCode().isBlank()) {
            throw Open311Exception.badRequest("service_code is required");
        }
        String code = s.serviceCode().strip();
        if (!code.matches("\\d{6}") || categories.leaf(code).isEmpty()) {
            throw Open311Exception.badRequest("service_code not found");
        }
        Location location = location(region, s);
        Map<String, String> attributes = ServiceAttributes.check(code, s.attributes());
        Caller caller = caller(s);
        String description = (s.description() == null || s.description().isBlank()
                ? categories.leaf(code).orElseThrow().name() : s.description().strip())
                + ServiceAttributes.describe(code, attributes);
        if (description.codePointCount(0, description.length()) > 4000) {
            throw Open311Exception.badRequest("description must have at most 4000 characters");
        }
        String mediaUrl = mediaUrl(s.mediaUrl());
        String email = s.email() == null || s.email().isBlank() ? null : s.email().strip();
        if (email != null && (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+"))) {
            throw Open311Exception.badRequest("email is not an e-mail address");
        }
        NewTicket ticket = new NewTicket(Channel.APP, ServiceAttributes.typeOf(attributes), code, location,
                Urgency.NORMAL, description, List.of(), caller, false, true);
        return transactions.execute(status -> {
            TicketService.Intake intake = tickets.create(ticket, client.asCaller());
            String ticketId = intake.view().ticket().id().toString();
            String number = intake.view().ticket().number();
            if (intake.merged()) { // 重复件: the caller's open matter took the report; answer with that request
                return new Accepted(number, repository.tokenOf(ticketId).orElse(null));
            }
            String token = UUID.randomUUID().toString();
            repository.insertRequest(ticketId, client.id(), token, json.writeValueAsString(attributes), mediaUrl,
                    email == null ? null : cipher.encrypt(email), limit(s.deviceId()), limit(s.accountId()),
                    clock.instant());
            return new Accepted(number, token);
        });
    }

    public List<PublicRequest> requests(RequestQuery query) {
        return repository.list(query);
    }

    public RequestQuery query(String serviceRequestIds, String jurisdictionId, String serviceCodes, String status,
            String startDate, String endDate, String updatedAfter, String updatedBefore, String page, String pageSize) {
        RegionCode jurisdiction = jurisdictionId == null || jurisdictionId.isBlank() ? null
                : jurisdictions.check(jurisdictionId);
        return RequestQuery.of(serviceRequestIds, jurisdiction, serviceCodes, status, startDate, endDate, updatedAfter,
                updatedBefore, page, pageSize, clock.instant());
    }

    public PublicRequest request(String jurisdictionId, String serviceRequestId) {
        jurisdictions.check(jurisdictionId);
        return repository.one(serviceRequestId).orElseThrow(() -> Open311Exception.notFound("service_request_id not found"));
    }

    /** The request id behind a token; 404 for an unknown token. */
    public Optional<String> token(String jurisdictionId, String token) {
        jurisdictions.check(jurisdictionId);
        return token.matches("[0-9a-f-]{36}") ? repository.numberOfToken(token) : Optional.empty();
    }

    /**
     * lat+long, address_string or address_id: at least one (GeoReport v2). Coordinates are WGS-84; an address id is
     * kept as the address text when no address is given, as are the coordinates when neither is.
     */
    private static Location location(RegionCode region, Submission s) {
        BigDecimal lat = coordinate(s.lat(), "lat", 90);
        BigDecimal lon = coordinate(s.lon(), "long", 180);
        if ((lat == null) != (lon == null)) {
            throw Open311Exception.badRequest("lat and long are given together");
        }
        String address = blankToNull(s.addressString());
        String addressId = blankToNull(s.addressId());
        if (lat == null && address == null && addressId == null) {
            throw Open311Exception.badRequest("A location is required: lat and long, address_string or address_id");
        }
        if (address != null && address.codePointCount(0, address.length()) > 300) {
            throw Open311Exception.badRequest("address_string must have at most 300 characters");
        }
        if (addressId != null && addressId.length() > 100) {
            throw Open311Exception.badRequest("address_id must have at most 100 characters");
        }
        String text = address != null ? address
                : addressId != null ? "地址编号 " + addressId
                : "坐标 " + lat.toPlainString() + "," + lon.toPlainString();
        return new Location(region.value(), text, lat, lon);
    }

    private static BigDecimal coordinate(String value, String name, int bound) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(value.strip());
            if (d.abs().compareTo(BigDecimal.valueOf(bound)) <= 0) {
                return d.setScale(6, RoundingMode.HALF_UP);
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw Open311Exception.badRequest(name + " must be a decimal degree from -" + bound + " to " + bound);
    }

    /**
     * The reporter: the hotline calls every caller back (回访), so a phone number is required; the name is
     * last_name then first_name, as names are written here. Both only ever stored sealed by the intake.
     */
    private static Caller caller(Submission s) {
        if (s.phone() == null || s.phone().isBlank()) {
            throw Open311Exception.badRequest("phone is required: the 12345 hotline calls every reporter back");
        }
        PhoneNumber phone;
        try {
            phone = PhoneNumber.of(s.phone());
        } catch (IllegalArgumentException e) {
            throw Open311Exception.badRequest("phone is not a mainland mobile or landline number");
        }
        String last = blankToNull(s.lastName());
        String first = blankToNull(s.firstName());
        // 张 + 三 → 张三; Smith + John → Smith John
        String name = last == null ? first : first == null ? last
                : last + (last.codePoints().anyMatch(cp -> cp >= 0x2E80) ? "" : " ") + first;
        try {
            return new Caller(name == null ? null : PersonName.of(name), phone);
        } catch (IllegalArgumentException e) {
            throw Open311Exception.badRequest("first_name and last_name must have at most 100 characters together");
        }
    }

    private static String mediaUrl(String value) {
        String url = blankToNull(value);
        if (url == null) {
            return null;
        }
        try {
            URI uri = URI.create(url);
            if (url.length() <= 1000 && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null) {
                return url;
            }
        } catch (IllegalArgumentException e) {
            // below
        }
        throw Open311Exception.badRequest("media_url must be an http(s) URL of at most 1000 characters");
    }

    private static String limit(String value) {
        String v = blankToNull(value);
        return v == null ? null : v.length() <= 100 ? v : v.substring(0, 100);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
