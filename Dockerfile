# The production jar from ./mvnw -Pproduction package (pre-compiled Vaadin bundle, no Node needed).
FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --uid 1001 plateau
# The compose health check asks the readiness probe with curl, which the Temurin images install;
# fail the build here rather than report a healthy service as unhealthy if a base image drops it.
RUN curl --version > /dev/null
COPY target/plateau-*.jar /app/plateau.jar
USER plateau
# 8080: the application; 8081: health and metrics (MANAGEMENT_PORT), for the operator's network only.
EXPOSE 8080 8081
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/plateau.jar"]
