package app.plateau.feed;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.boot.task.ThreadPoolTaskSchedulerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.StompWebSocketEndpointRegistration;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;

/**
 * STOMP over plain WebSocket at {@code /ws}, with the in-memory broker: one Plateau instance
 * serves a site's few dozen devices. Frames of a connection are handled in order and its messages
 * sent in order, so a badge-in then badge-out is never swapped and an older count never overtakes
 * a newer one.
 */
@Configuration
@EnableWebSocketMessageBroker
class FeedConfiguration implements WebSocketMessageBrokerConfigurer {

    /** Both ways, so a reader unplugged without closing its connection is dropped within seconds. */
    private static final long HEARTBEAT_MILLIS = 10_000;

    private final DeviceChannelInterceptor interceptor;
    private final FeedSessions sessions;
    private final TaskScheduler heartbeats;
    private final String[] allowedOrigins;

    FeedConfiguration(DeviceChannelInterceptor interceptor, FeedSessions sessions,
            @Lazy @Qualifier("messageBrokerTaskScheduler") TaskScheduler heartbeats,
            @Value("${plateau.feed.allowed-origins:}") String[] allowedOrigins) {
        this.interceptor = interceptor;
        this.sessions = sessions;
        this.heartbeats = heartbeats;
        this.allowedOrigins = allowedOrigins;
    }

    /**
     * The message broker brings executor and scheduler beans of its own, and Spring Boot then
     * creates neither of its own: the roster import would find no {@code applicationTaskExecutor},
     * and the {@code @Scheduled} jobs (end of day, move expiry) would share the broker's heartbeat
     * threads. These two give back what Boot would have made, configured by its
     * {@code spring.task.execution.*} and {@code spring.task.scheduling.*} settings; {@code @Scheduled}
     * picks the scheduler named {@code taskScheduler}.
     */
    @Bean(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME)
    ThreadPoolTaskExecutor applicationTaskExecutor(ThreadPoolTaskExecutorBuilder builder) {
        return builder.build();
    }

    @Bean
    ThreadPoolTaskScheduler taskScheduler(ThreadPoolTaskSchedulerBuilder builder) {
        return builder.build();
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        StompWebSocketEndpointRegistration endpoint = registry.addEndpoint("/ws");
        // Programs send no Origin and are let in; browser pages of other origins only when listed.
        if (allowedOrigins.length > 0) {
            endpoint.setAllowedOriginPatterns(allowedOrigins);
        }
        registry.setErrorHandler(new FeedErrorHandler());
        registry.setPreserveReceiveOrder(true);
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.enableSimpleBroker("/topic", "/queue")
                .setHeartbeatValue(new long[] {HEARTBEAT_MILLIS, HEARTBEAT_MILLIS})
                .setTaskScheduler(heartbeats);
        registry.setApplicationDestinationPrefixes("/app");
        registry.setPreservePublishOrder(true);
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(interceptor);
    }

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        registration.addDecoratorFactory(sessions);
    }
}
