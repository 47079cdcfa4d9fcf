package floor;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** One endpoint, so that the REST layer starts as it does in the service. */
@Path("/ping")
public class Ping {

    @GET
    public String ping() {
        return "pong";
    }
}
